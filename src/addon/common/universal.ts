import { activeUserEmail } from '../google/session';
import { messageCard } from '../ui/cards';
import { uiContextFrom } from './context';

type EventObject = GoogleAppsScript.Addons.EventObject;
type UniversalResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;

function universalCard(card: GoogleAppsScript.Card_Service.Card): UniversalResponse {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

export function onAccountAction(e: EventObject): UniversalResponse {
  const { t } = uiContextFrom(e);
  const email = activeUserEmail();
  return universalCard(messageCard(t('account.title'), t('account.body', { email })));
}

export function onPrivacyAction(e: EventObject): UniversalResponse {
  const { t } = uiContextFrom(e);
  return universalCard(messageCard(t('privacy.title'), t('privacy.body')));
}

export function onAdminAction(e: EventObject): UniversalResponse {
  const { t } = uiContextFrom(e);
  return universalCard(messageCard(t('admin.title'), t('admin.body')));
}
