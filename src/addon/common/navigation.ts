/** Card buttons that only move between cards. */

/** Cancel on a pushed card: back to the card under it, as the host's back arrow does. */
export function onCardBack(): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().popCard())
    .build();
}
