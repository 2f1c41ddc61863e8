/** Reading a card's JSON the way a user reads the card: its texts, its buttons, its inputs. */
import type {
  ActionJson,
  CardJson,
  WidgetJson,
} from '../../../src/workbench/gas/card-service/json';

export function cardJson(card: GoogleAppsScript.Card_Service.Card): CardJson {
  return JSON.parse(card.printJson()) as CardJson;
}

export function widgetsOf(card: CardJson): WidgetJson[] {
  return card.sections.flatMap((section) => section.widgets);
}

export function sectionHeaders(card: CardJson): string[] {
  return card.sections.flatMap((section) => (section.header ? [section.header] : []));
}

/** Paragraphs and decorated texts with their labels, in order, as one string each. */
export function textsOf(card: CardJson): string[] {
  return widgetsOf(card).flatMap((widget) => {
    if (widget.textParagraph) return [widget.textParagraph.text];
    const decorated = widget.decoratedText;
    if (!decorated) return [];
    return [
      [decorated.topLabel, decorated.text, decorated.bottomLabel].filter(Boolean).join(' | '),
    ];
  });
}

export interface ButtonSeen {
  text: string;
  action: ActionJson | undefined;
  parameters: Record<string, string>;
}

/** Every button of the card, wherever it sits (button sets, decorated texts, the footer). */
export function buttonsOf(card: CardJson): ButtonSeen[] {
  const buttons = widgetsOf(card).flatMap((widget) => [
    ...(widget.buttonList?.buttons ?? []),
    ...(widget.decoratedText?.button ? [widget.decoratedText.button] : []),
  ]);
  return buttons.map((button) => ({
    text: button.text,
    action: button.onClick.action,
    parameters: Object.fromEntries(
      (button.onClick.action?.parameters ?? []).map((p) => [p.key, p.value]),
    ),
  }));
}

export function button(card: CardJson, text: string): ButtonSeen {
  const found = buttonsOf(card).find((candidate) => candidate.text === text);
  if (!found) {
    throw new Error(
      `No button "${text}"; the card has ${buttonsOf(card)
        .map((b) => b.text)
        .join(', ')}`,
    );
  }
  return found;
}

/** Names of the card's text inputs and selections. */
export function inputNames(card: CardJson): string[] {
  return widgetsOf(card).flatMap((widget) => [
    ...(widget.textInput ? [widget.textInput.name] : []),
    ...(widget.selectionInput ? [widget.selectionInput.name] : []),
    ...(widget.decoratedText?.switchControl ? [widget.decoratedText.switchControl.name] : []),
  ]);
}
