/** Small builders every card shares, so headers and text look the same everywhere. */

export function cardWithHeader(
  title: string,
  subtitle?: string,
): GoogleAppsScript.Card_Service.CardBuilder {
  const header = CardService.newCardHeader().setTitle(title);
  if (subtitle) header.setSubtitle(subtitle);
  return CardService.newCardBuilder().setHeader(header);
}

export function textSection(
  text: string,
  heading?: string,
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(text),
  );
  if (heading) section.setHeader(heading);
  return section;
}

/** A card with a header and one paragraph: the shape of every placeholder and notice. */
export function messageCard(title: string, text: string): GoogleAppsScript.Card_Service.Card {
  return cardWithHeader(title).addSection(textSection(text)).build();
}
