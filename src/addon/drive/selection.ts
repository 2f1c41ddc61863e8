import { uiContextFrom } from '../common/context';
import { messageCard } from '../ui/cards';

export function onDriveItemsSelected(
  e: GoogleAppsScript.Addons.EventObject,
): GoogleAppsScript.Card_Service.Card {
  const { t } = uiContextFrom(e);
  const count = e.drive?.selectedItems?.length ?? 0;
  return messageCard(t('drive.selected.title'), t('drive.selected.count', { count }));
}
