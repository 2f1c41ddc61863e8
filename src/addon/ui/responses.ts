/**
 * What a card action answers: the card on screen replaced in place (not a new one on the
 * stack), a card pushed on top (the back arrow returns), or a notification alone, which
 * leaves the card and whatever the user typed in it as they are.
 */
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

function withNotice(
  builder: GoogleAppsScript.Card_Service.ActionResponseBuilder,
  notice: string | undefined,
) {
  return notice ? builder.setNotification(CardService.newNotification().setText(notice)) : builder;
}

export function updateCard(card: Card, notice?: string): ActionResponse {
  const builder = CardService.newActionResponseBuilder().setNavigation(
    CardService.newNavigation().updateCard(card),
  );
  return withNotice(builder, notice).build();
}

export function pushCard(card: Card): ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(card))
    .build();
}

export function notify(notice: string): ActionResponse {
  return withNotice(CardService.newActionResponseBuilder(), notice).build();
}
