/** What callbacks answer the host: which card goes where, and a notification on success. */
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/**
 * - `update`: the card replaces the one the action came from (in place);
 * - `push`: the card opens on top, with the host's back arrow;
 * - `back`: the card on top closes, and the card under it is replaced by this one;
 * - `root`: every card above the first closes, and the first is replaced by this one.
 */
export type Placement = 'update' | 'push' | 'back' | 'root';

export function showCard(card: Card, placement: Placement, notice?: string): ActionResponse {
  const navigation = CardService.newNavigation();
  if (placement === 'push') navigation.pushCard(card);
  else {
    if (placement === 'back') navigation.popCard();
    if (placement === 'root') navigation.popToRoot();
    navigation.updateCard(card);
  }
  const response = CardService.newActionResponseBuilder().setNavigation(navigation);
  if (notice) response.setNotification(CardService.newNotification().setText(notice));
  return response.build();
}

/** A notification alone: the card on screen stays as it is, with whatever was typed in it. */
export function notify(notice: string): ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNotification(CardService.newNotification().setText(notice))
    .build();
}

/** The cards a universal action opens: they replace the side panel's whole stack. */
export function universalCards(card: Card): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}
