/** The domain policy form: external guests, the highest Drive role, retention. */
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../shared/limits';
import { Callbacks } from '../actions';
import type { MessageKey } from '../i18n';
import { actionButton, buttonRow, cardWithHeader } from '../ui/cards';
import { failureSection } from '../ui/error-card';
import type { UiContext } from './context';
import type { Problem } from './admin-card';
import { DRIVE_ROLES, EXTERNAL_GUESTS, type PolicyForm } from './policy-form';

const GUEST_LABELS: Record<(typeof EXTERNAL_GUESTS)[number], MessageKey> = {
  allow: 'admin.policy.guests.allow',
  deny: 'admin.policy.guests.deny',
};

const ROLE_LABELS: Record<(typeof DRIVE_ROLES)[number], MessageKey> = {
  reader: 'admin.policy.role.reader',
  commenter: 'admin.policy.role.commenter',
  writer: 'admin.policy.role.writer',
};

/** `form` is what is stored, or what the admin typed when it could not be saved. */
export function renderPolicyCard(
  ui: UiContext,
  form: PolicyForm,
  problem?: Problem,
): GoogleAppsScript.Card_Service.Card {
  const { t } = ui;
  const card = cardWithHeader(t('admin.policy.title'), t('admin.subtitle'));
  if (problem) card.addSection(failureSection(ui, problem.message, problem.retry));
  const guests = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.RADIO_BUTTON)
    .setFieldName('externalGuests')
    .setTitle(t('admin.policy.guests'));
  for (const value of EXTERNAL_GUESTS) {
    guests.addItem(t(GUEST_LABELS[value]), value, form.externalGuests === value);
  }
  const roles = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('maxDriveRole')
    .setTitle(t('admin.policy.role'));
  for (const value of DRIVE_ROLES) {
    roles.addItem(t(ROLE_LABELS[value]), value, form.maxDriveRole === value);
  }
  const retention = CardService.newTextInput()
    .setFieldName('retentionDays')
    .setTitle(t('admin.policy.retention'))
    .setHint(t('admin.policy.retentionHint', { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS }))
    .setValue(form.retentionDays);
  return card
    .addSection(
      CardService.newCardSection()
        .addWidget(guests)
        .addWidget(roles)
        .addWidget(retention)
        .addWidget(
          buttonRow(
            actionButton(t('admin.policy.save'), Callbacks.adminPolicySave, {
              persistValues: true,
              filled: true,
            }),
            actionButton(t('common.cancel'), Callbacks.cardBack),
          ),
        ),
    )
    .build();
}
