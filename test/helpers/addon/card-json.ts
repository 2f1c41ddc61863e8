/** Reading card JSON the way a user reads the card: its texts, its buttons, its actions. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- card JSON is walked freely
type Json = any;

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

export interface ButtonFound {
  text: string;
  /** The callback it runs, with its parameters as an object. */
  action?: { function: string; parameters: Record<string, string>; persistValues?: boolean };
  link?: string;
}

/** Every text button of a card, in order, with what clicking it does. */
export function buttonsIn(json: unknown): ButtonFound[] {
  if (Array.isArray(json)) return json.flatMap(buttonsIn);
  if (json === null || typeof json !== 'object') return [];
  const node = json as Json;
  const here: ButtonFound[] =
    typeof node.text === 'string' && node.onClick
      ? [
          {
            text: node.text,
            action: node.onClick.action && {
              function: node.onClick.action.function,
              parameters: Object.fromEntries(
                (node.onClick.action.parameters ?? []).map((p: Json) => [p.key, p.value]),
              ),
              persistValues: node.onClick.action.persistValues,
            },
            link: node.onClick.openLink?.url,
          },
        ]
      : [];
  return [...here, ...Object.values(node).flatMap(buttonsIn)];
}

/** The one button with this text; fails the test, naming the others, when there is none. */
export function button(json: unknown, text: string): ButtonFound {
  const all = buttonsIn(json);
  const found = all.find((candidate) => candidate.text === text);
  if (!found)
    throw new Error(
      `No button "${text}"; the card has ${all.map((b) => `"${b.text}"`).join(', ')}`,
    );
  return found;
}
