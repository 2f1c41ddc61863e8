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

/**
 * A labelled value, as in "Meetings you started: 3". The value and note are formatted text:
 * what comes from Google or from people goes in escaped (ui/text.ts).
 */
export function fact(
  label: string,
  html: string,
  noteHtml?: string,
): GoogleAppsScript.Card_Service.DecoratedText {
  const text = CardService.newDecoratedText().setTopLabel(label).setText(html).setWrapText(true);
  return noteHtml ? text.setBottomLabel(noteHtml) : text;
}
