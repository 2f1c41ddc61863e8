import { uiContextFrom } from '../common/context';
import { messageCard } from '../ui/cards';

export function onCalendarHomepage(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  const { t } = uiContextFrom(e);
  return messageCard(t('calendar.homepage.title'), t('calendar.homepage.body'));
}
