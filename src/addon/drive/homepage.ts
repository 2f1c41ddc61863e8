import { uiContextFrom } from '../common/context';
import { messageCard } from '../ui/cards';

export function onDriveHomepage(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  const { t } = uiContextFrom(e);
  return messageCard(t('drive.homepage.title'), t('drive.homepage.body'));
}
