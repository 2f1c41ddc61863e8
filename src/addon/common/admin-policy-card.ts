/** The domain policy form: external guests, the highest Drive role, retention. */
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../shared/limits';
import { Callbacks } from '../actions';
import type { MessageKey } from '../i18n';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { cardWithHeader } from '../ui/cards';
import { problemSection, type Problem } from '../ui/error-card';
import type { UiContext } from './context';
import type { DRIVE_ROLES, EXTERNAL_GUESTS, PolicyForm } from './policy-form';

/** In the order the form lists them. */
const GUEST_LABELS: Record<(typeof EXTERNAL_GUESTS)[number], MessageKey> = {
  allow: 'admin.policy.guests.allow',
  deny: 'admin.policy.guests.deny',
};

const ROLE_LABELS: Record<(typeof DRIVE_ROLES)[number], MessageKey> = {
  reader: 'admin.policy.role.reader',
  commenter: 'admin.policy.role.commenter',
  writer: 'admin.policy.role.writer',
};

/** One choice of the form: its options, labelled, with the form's value selected. */
function choice<V extends string>(
  ui: UiContext,
  type: GoogleAppsScript.Card_Service.SelectionInputType,
  name: 'externalGuests' | 'maxDriveRole',
  title: MessageKey,
  labels: Record<V, MessageKey>,
  form: PolicyForm,
): GoogleAppsScript.Card_Service.SelectionInput {
  const input = CardService.newSelectionInput()
    .setType(type)
    .setFieldName(name)
    .setTitle(ui.t(title));
  for (const value of Object.keys(labels) as V[]) {
    input.addItem(ui.t(labels[value]), value, form[name] === value);
  }
  return input;
}

/** `form` is what is stored, or what the admin typed when it could not be saved. */
export function renderPolicyCard(
  ui: UiContext,
  form: PolicyForm,
  problem?: Problem,
): GoogleAppsScript.Card_Service.Card {
  const { t } = ui;
  const card = cardWithHeader(t('admin.policy.title'), t('admin.subtitle'));
  if (problem) card.addSection(problemSection(ui, problem));
  const { RADIO_BUTTON, DROPDOWN } = CardService.SelectionInputType;
  const guests = choice(
    ui,
    RADIO_BUTTON,
    'externalGuests',
    'admin.policy.guests',
    GUEST_LABELS,
    form,
  );
  const roles = choice(ui, DROPDOWN, 'maxDriveRole', 'admin.policy.role', ROLE_LABELS, form);
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
          buttonSet(
            textButton(
              t('admin.policy.save'),
              actionOf(Callbacks.adminPolicySave).setPersistValues(true),
              true,
            ),
            textButton(t('common.cancel'), actionOf(Callbacks.cardBack)),
          ),
        ),
    )
    .build();
}
