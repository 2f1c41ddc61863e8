/** Small builders every card shares, so headers and text look the same everywhere. */
import type { EntryPointName } from '../actions';

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

type Button = GoogleAppsScript.Card_Service.TextButton;

export interface ActionOptions {
  parameters?: Record<string, string>;
  /** Keep what the user typed in the card's inputs if the action re-renders it. */
  persistValues?: boolean;
  /** A filled button: the card's main action. */
  filled?: boolean;
}

/** A button that runs one of the add-on's callbacks (named through actions.ts). */
export function actionButton(
  text: string,
  functionName: EntryPointName,
  options: ActionOptions = {},
): Button {
  const action = CardService.newAction()
    .setFunctionName(functionName)
    .setParameters(options.parameters ?? {})
    .setPersistValues(options.persistValues ?? false);
  const button = CardService.newTextButton().setText(text).setOnClickAction(action);
  return options.filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

/** A button that opens a page (under the manifest's openLinkUrlPrefixes) in a new tab. */
export function linkButton(text: string, url: string): Button {
  return CardService.newTextButton()
    .setText(text)
    .setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttonRow(...buttons: Button[]): GoogleAppsScript.Card_Service.ButtonSet {
  const set = CardService.newButtonSet();
  buttons.forEach((button) => set.addButton(button));
  return set;
}

/** A labelled value, as in "Meetings you started: 3". */
export function fact(
  label: string,
  value: string,
  note?: string,
): GoogleAppsScript.Card_Service.DecoratedText {
  const text = CardService.newDecoratedText().setTopLabel(label).setText(value).setWrapText(true);
  return note ? text.setBottomLabel(note) : text;
}
