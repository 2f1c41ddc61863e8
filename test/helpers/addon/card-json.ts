/**
 * Reading card JSON the way a user reads the card: its texts, its buttons, its inputs. The
 * `…Of(card)` readers take one card, widget by widget; the `…In(json)` readers walk any JSON
 * (a card, a stack of cards, an action response), however deeply nested.
 */
import type {
  ActionJson,
  CardJson,
  WidgetJson,
} from '../../../src/workbench/gas/card-service/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- card JSON is walked freely
type Json = any;

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

/** Names of the card's text inputs, selections and switches. */
export function inputNames(card: CardJson): string[] {
  return widgetsOf(card).flatMap((widget) => [
    ...(widget.textInput ? [widget.textInput.name] : []),
    ...(widget.selectionInput ? [widget.selectionInput.name] : []),
    ...(widget.decoratedText?.switchControl ? [widget.decoratedText.switchControl.name] : []),
  ]);
}

const SHOWN_KEYS = new Set(['title', 'subtitle', 'text', 'topLabel', 'bottomLabel', 'label']);

/** The texts a card shows: titles, paragraphs and labels, however deeply nested. */
export function textsShownIn(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(textsShownIn);
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) =>
    SHOWN_KEYS.has(key) && typeof value === 'string' ? [value] : textsShownIn(value),
  );
}

/** Every `function` an action in the response names, however deeply nested. */
export function callbacksNamedIn(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(callbacksNamedIn);
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) =>
    key === 'function' && typeof value === 'string' ? [value] : callbacksNamedIn(value),
  );
}

/** An action as clicking it runs it: the callback, its parameters as an object. */
export interface ActionFound {
  function: string;
  parameters: Record<string, string>;
  persistValues?: boolean;
}

export function actionFound(action: ActionJson): ActionFound {
  return {
    function: action.function,
    parameters: Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value])),
    persistValues: action.persistValues,
  };
}

export interface ButtonFound {
  text: string;
  /** The callback it runs, if it runs one. */
  action?: ActionFound;
  /** The page it opens, if it opens one. */
  link?: string;
}

/** Where card JSON holds buttons: button sets, decorated texts, the fixed footer. */
const BUTTON_KEYS = new Set(['buttons', 'button', 'primaryButton', 'secondaryButton']);

function buttonFound(node: Json): ButtonFound {
  return {
    text: node.text,
    action: node.onClick?.action && actionFound(node.onClick.action),
    link: node.onClick?.openLink?.url,
  };
}

/**
 * Every text button, in order, with what clicking it does (a clickable decorated text is no
 * button, even though it runs an action too).
 */
export function buttonsIn(json: unknown): ButtonFound[] {
  if (Array.isArray(json)) return json.flatMap(buttonsIn);
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) => {
    if (!BUTTON_KEYS.has(key)) return buttonsIn(value);
    const buttons: Json[] = Array.isArray(value) ? value : [value];
    return buttons.filter((b) => typeof b?.text === 'string').map(buttonFound);
  });
}

/** The one button with this text; fails the test, naming the others, when there is none. */
export function button(json: unknown, text: string): ButtonFound {
  const all = buttonsIn(json);
  const found = all.find((candidate) => candidate.text === text);
  if (!found) {
    throw new Error(
      `No button "${text}"; the card has ${all.map((b) => `"${b.text}"`).join(', ')}`,
    );
  }
  return found;
}
