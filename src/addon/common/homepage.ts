import { messageCard } from '../ui/cards';
import { uiContextFrom } from './context';

/** Homepage for hosts without a dedicated one. */
export function onHomepage(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  const { t } = uiContextFrom(e);
  return messageCard(t('common.homepage.title'), t('common.homepage.body'));
}
