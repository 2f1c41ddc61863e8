/** The domain's audit log, newest first, a page at a time, with pseudonymous actors. */
import type { AuditEntry, AuditPage } from '../../shared/contract';
import { Callbacks } from '../actions';
import type { MessageKey } from '../i18n';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { cardWithHeader } from '../ui/cards';
import { formatDateTime } from '../ui/format';
import { escapeHtml } from '../ui/text';
import { pseudonym } from './admin-card';
import type { UiContext } from './context';

/** The actions the backend records (store/audit-log.ts), in words; others show as recorded. */
const ACTION_LABELS: Record<string, MessageKey> = {
  'account.create': 'admin.audit.accountCreate',
  'account.erase': 'admin.audit.accountErase',
  'account.disconnect': 'admin.audit.accountDisconnect',
  'meeting.create': 'admin.audit.meetingCreate',
  'meeting.delete': 'admin.audit.meetingDelete',
  'meeting.guests.replace': 'admin.audit.meetingGuests',
  'privacy.export': 'admin.audit.export',
  'privacy.preferences.update': 'admin.audit.preferences',
  'admin.bootstrap': 'admin.audit.bootstrap',
  'admin.role.grant': 'admin.audit.grant',
  'admin.role.revoke': 'admin.audit.revoke',
  'admin.user.disable': 'admin.audit.disable',
  'admin.user.enable': 'admin.audit.enable',
  'admin.policy.update': 'admin.audit.policy',
  'retention.account.erase': 'admin.audit.retentionErase',
  'retention.meeting.delete': 'admin.audit.retentionDelete',
};

/** The retention sweep acts as itself, not as a person. */
const SWEEP_ACTOR = 'retention-sweep';

export interface AuditCardData {
  page: AuditPage;
  /** Where this page started: absent for the newest entries. */
  cursor?: string;
}

export function renderAuditCard(
  ui: UiContext,
  data: AuditCardData,
): GoogleAppsScript.Card_Service.Card {
  const { t } = ui;
  const section = CardService.newCardSection();
  if (data.page.entries.length === 0) {
    section.addWidget(CardService.newTextParagraph().setText(t('admin.audit.none')));
  }
  for (const entry of data.page.entries) section.addWidget(entryLine(ui, entry));
  const buttons = [];
  if (data.cursor) {
    buttons.push(
      textButton(t('admin.audit.newest'), actionOf(Callbacks.adminAudit, { paging: 'true' })),
    );
  }
  if (data.page.nextCursor) {
    const older = { paging: 'true', cursor: data.page.nextCursor };
    buttons.push(textButton(t('admin.audit.older'), actionOf(Callbacks.adminAudit, older)));
  }
  if (buttons.length) section.addWidget(buttonSet(...buttons));
  return cardWithHeader(t('admin.audit.title'), t('admin.audit.subtitle'))
    .addSection(section)
    .build();
}

function entryLine(ui: UiContext, entry: AuditEntry): GoogleAppsScript.Card_Service.DecoratedText {
  const { t } = ui;
  const label = ACTION_LABELS[entry.action];
  const actor = entry.actor === SWEEP_ACTOR ? t('admin.audit.sweep') : pseudonym(entry.actor);
  const by = entry.target
    ? t('admin.audit.byOn', { actor, target: pseudonym(entry.target) })
    : t('admin.audit.by', { actor });
  return (
    CardService.newDecoratedText()
      .setTopLabel(formatDateTime(ui, new Date(entry.at)))
      // An action this add-on has no words for yet shows as the backend recorded it.
      .setText(label ? t(label) : escapeHtml(entry.action))
      .setBottomLabel(by)
      .setWrapText(true)
  );
}
