/**
 * The privacy centre (a universal action) and its confirmations: what Mingwork stores about
 * the user, and each right of the privacy policy (§8, §11) as a button that works.
 */
import type { MeView, StoredCounts } from '../../shared/contract';
import { Callbacks } from '../actions';
import { actionOf, buttonSet, linkButton, textButton } from '../ui/actions';
import { cardWithHeader, fact, textSection } from '../ui/cards';
import { problemSection, type Problem } from '../ui/error-card';
import { formatDateTime } from '../ui/format';
import { escapeHtml } from '../ui/text';
import type { UiContext } from './context';
import { PRIVACY_POLICY_URL } from './links';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** Erase deletes the user's data; disconnect does the same as unlinking the Google account. */
export type Leaving = 'erase' | 'disconnect';

/** The form input of the statistics switch: present (checked) while the user objects. */
export const OBJECT_TO_STATISTICS_INPUT = 'objectToStatistics';

export interface PrivacyCardData {
  me: MeView;
  /** The export just saved, to open from the card. */
  exported?: { name: string; url: string };
  /** Something the card could not do, said at its top. */
  problem?: Problem;
}

export function renderPrivacyCard(ui: UiContext, data: PrivacyCardData): Card {
  const card = cardWithHeader(ui.t('privacy.title'), data.me.user.email);
  if (data.problem) card.addSection(problemSection(ui, data.problem));
  return card
    .addSection(storedSection(ui, data.me))
    .addSection(exportSection(ui, data.exported))
    .addSection(statisticsSection(ui, data.me.preferences.allowStatistics))
    .addSection(leaveSection(ui))
    .build();
}

function storedSection(ui: UiContext, me: MeView): Section {
  const { t } = ui;
  const { stored } = me;
  return CardService.newCardSection()
    .setHeader(t('privacy.stored.heading'))
    .addWidget(fact(t('privacy.stored.meetings'), String(stored.meetingsOwned)))
    .addWidget(fact(t('privacy.stored.agenda'), String(stored.agendaItems)))
    .addWidget(fact(t('privacy.stored.notes'), String(stored.notes)))
    .addWidget(fact(t('privacy.stored.messages'), String(stored.messages)))
    .addWidget(fact(t('privacy.stored.files'), String(stored.files)))
    .addWidget(
      fact(t('privacy.stored.lastActive'), formatDateTime(ui, new Date(me.user.lastActiveAt))),
    )
    .addWidget(CardService.newTextParagraph().setText(t('privacy.stored.notStored')));
}

function exportSection(ui: UiContext, exported: PrivacyCardData['exported']): Section {
  const { t } = ui;
  const section = textSection(t('privacy.export.body'), t('privacy.export.heading'));
  if (exported) {
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(t('privacy.export.saved'))
        .setText(escapeHtml(exported.name))
        .setWrapText(true)
        .setButton(linkButton(t('privacy.export.open'), exported.url)),
    );
  }
  return section.addWidget(
    buttonSet(textButton(t('privacy.export.action'), actionOf(Callbacks.privacyExport), true)),
  );
}

function statisticsSection(ui: UiContext, allowStatistics: boolean): Section {
  const { t } = ui;
  const objecting = CardService.newSwitch()
    .setFieldName(OBJECT_TO_STATISTICS_INPUT)
    .setValue('true')
    .setSelected(!allowStatistics)
    .setOnChangeAction(actionOf(Callbacks.privacyStatistics));
  return CardService.newCardSection()
    .setHeader(t('privacy.statistics.heading'))
    .addWidget(
      CardService.newDecoratedText()
        .setText(t('privacy.statistics.object'))
        .setBottomLabel(
          t(allowStatistics ? 'privacy.statistics.allowed' : 'privacy.statistics.off'),
        )
        .setWrapText(true)
        .setSwitchControl(objecting),
    );
}

function leaveSection(ui: UiContext): Section {
  const { t } = ui;
  const confirm = (how: Leaving) => actionOf(Callbacks.privacyConfirm, { how });
  return textSection(t('privacy.leave.body'), t('privacy.leave.heading'))
    .addWidget(
      buttonSet(
        textButton(t('privacy.erase.action'), confirm('erase')),
        textButton(t('privacy.disconnect.action'), confirm('disconnect')),
      ),
    )
    .addWidget(buttonSet(linkButton(t('account.links.policy'), PRIVACY_POLICY_URL)));
}

/**
 * Says exactly what goes and what stays before anything is deleted (DESIGN §6 "Erasure"),
 * with the user's own numbers.
 */
export function renderLeaveConfirmCard(
  ui: UiContext,
  how: Leaving,
  me: MeView,
  problem?: Problem,
): Card {
  const { t } = ui;
  const stored: StoredCounts = me.stored;
  const card = cardWithHeader(
    t(how === 'erase' ? 'privacy.erase.title' : 'privacy.disconnect.title'),
  );
  if (problem) card.addSection(problemSection(ui, problem));
  const list = (lines: string[]) => lines.map((line) => `• ${line}`).join('<br>');
  return card
    .addSection(
      textSection(t(how === 'erase' ? 'privacy.erase.intro' : 'privacy.disconnect.intro')),
    )
    .addSection(
      textSection(
        list([
          t('privacy.leave.deleted.account', { email: escapeHtml(me.user.email) }),
          t('privacy.leave.deleted.meetings', { count: stored.meetingsOwned }),
          t('privacy.leave.deleted.privateNotes'),
          t('privacy.leave.deleted.preferences'),
        ]),
        t('privacy.leave.deleted.heading'),
      ),
    )
    .addSection(
      textSection(
        list([
          t('privacy.leave.kept.contributions'),
          t('privacy.leave.kept.google'),
          t('privacy.leave.kept.audit'),
        ]),
        t('privacy.leave.kept.heading'),
      ),
    )
    .addSection(
      textSection(t('privacy.leave.afterwards')).addWidget(
        buttonSet(
          textButton(
            t(how === 'erase' ? 'privacy.erase.confirm' : 'privacy.disconnect.confirm'),
            actionOf(Callbacks.privacyLeave, { how }),
            true,
          ),
          textButton(t('common.cancel'), actionOf(Callbacks.cardBack)),
        ),
      ),
    )
    .build();
}

/** What the user sees once their account is gone: nothing of it is shown any more. */
export function renderSignedOutCard(ui: UiContext, how: Leaving): Card {
  const { t } = ui;
  return cardWithHeader(t('privacy.signedOut.title'))
    .addSection(
      textSection(
        t(how === 'erase' ? 'privacy.signedOut.erased' : 'privacy.signedOut.disconnected'),
      )
        .addWidget(CardService.newTextParagraph().setText(t('privacy.leave.afterwards')))
        .addWidget(
          buttonSet(textButton(t('privacy.signedOut.again'), actionOf(Callbacks.accountRefresh))),
        ),
    )
    .build();
}
