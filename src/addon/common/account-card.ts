/** The Account card (a universal action): who the user is to Mingwork, and whether it answers. */
import type { MeView } from '../../shared/contract';
import { Callbacks } from '../actions';
import type { Failure } from '../backend/failure';
import { actionOf, buttonSet, linkButton, textButton } from '../ui/actions';
import { cardWithHeader, fact, textSection } from '../ui/cards';
import { problemOf, problemSection } from '../ui/error-card';
import { escapeHtml } from '../ui/text';
import type { UiContext } from './context';
import { HELP_URL, PRIVACY_POLICY_URL } from './links';

type Section = GoogleAppsScript.Card_Service.CardSection;

export type AccountCardData =
  | { me: MeView }
  /** The service did not answer: the Google account the add-on runs as, read in place. */
  | { me: null; signedInAs: string; failure: Failure };

export function renderAccountCard(
  ui: UiContext,
  data: AccountCardData,
): GoogleAppsScript.Card_Service.Card {
  return cardWithHeader(ui.t('account.title'), ui.t('app.name'))
    .addSection(whoSection(ui, data))
    .addSection(serviceSection(ui, data))
    .addSection(linksSection(ui, data.me?.user.role === 'admin'))
    .build();
}

function whoSection(ui: UiContext, data: AccountCardData): Section {
  const { t } = ui;
  const section = CardService.newCardSection();
  if (!data.me) {
    return section.addWidget(fact(t('account.signedInAs'), escapeHtml(data.signedInAs)));
  }
  const { user, tenant } = data.me;
  // Name and address come from the user's Google account: shown as written, never as markup.
  const email = escapeHtml(user.email);
  const signedInAs = user.name
    ? fact(t('account.signedInAs'), escapeHtml(user.name), email)
    : fact(t('account.signedInAs'), email);
  section
    .addWidget(signedInAs)
    .addWidget(
      fact(t('account.domain'), tenant.domain ? escapeHtml(tenant.domain) : t('account.personal')),
    )
    .addWidget(
      fact(
        t('account.role'),
        t(user.role === 'admin' ? 'account.role.admin' : 'account.role.member'),
      ),
    );
  if (user.disabled) {
    section.addWidget(CardService.newTextParagraph().setText(t('error.disabled.body')));
  }
  return section;
}

/** Whether the backend answers: the first thing to know when something does not work. */
function serviceSection(ui: UiContext, data: AccountCardData): Section {
  const { t } = ui;
  if (data.me) {
    return CardService.newCardSection()
      .setHeader(t('account.service.heading'))
      .addWidget(fact(t('account.service.status'), t('account.service.ok')));
  }
  const problem = problemOf(ui, data.failure, { functionName: Callbacks.accountRefresh });
  return problemSection(ui, problem).setHeader(t('account.service.heading'));
}

function linksSection(ui: UiContext, isAdmin: boolean): Section {
  const { t } = ui;
  const open = buttonSet(textButton(t('privacy.title'), actionOf(Callbacks.openPrivacyCentre)));
  if (isAdmin) open.addButton(textButton(t('admin.title'), actionOf(Callbacks.openAdminConsole)));
  return textSection(t('account.links.body'))
    .addWidget(open)
    .addWidget(
      buttonSet(
        linkButton(t('account.links.policy'), PRIVACY_POLICY_URL),
        linkButton(t('account.links.help'), HELP_URL),
      ),
    );
}
