/** Builds page elements from plain values; text always becomes text nodes, never HTML. */

type Listener = (event: Event) => void;

/**
 * Attribute values: `false`, `null` and `undefined` leave the attribute out, `true` sets it
 * empty; `on*` listeners are added as event listeners, `dataset` fills `data-*`.
 */
export interface Attributes {
  dataset?: Record<string, string>;
  [name: string]: string | number | boolean | null | undefined | Listener | Record<string, string>;
}

export type Child = Node | string | number | false | null | undefined | Child[];

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (typeof value === 'object') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...textNodes(children));
  return element;
}

function textNodes(children: Child[]): Node[] {
  return children.flatMap((child): Node[] => {
    if (Array.isArray(child)) return textNodes(child);
    if (child === undefined || child === null || child === false) return [];
    return [child instanceof Node ? child : document.createTextNode(String(child))];
  });
}

/** The page's one element matching `selector`; the page's HTML guarantees each exists. */
export function $<E extends Element = HTMLElement>(selector: string): E {
  const element = document.querySelector<E>(selector);
  if (!element) throw new Error(`The page has no ${selector}.`);
  return element;
}
