/**
 * Google's formatted text for cards: <b>, <i>, <u>, <s>, <font color>, <a href> and <br>, and
 * newlines as line breaks. Every other tag is dropped and keeps only its text, so card text
 * from the add-on can never put a script, an image or a handler into the page.
 */
import { h } from './dom';

const ALLOWED_TAGS = new Set(['B', 'I', 'U', 'S', 'BR', 'FONT', 'A']);
const LINK_PROTOCOLS = new Set(['http:', 'https:']);

function isWebLink(href: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

function keepsAttribute(element: Element, attribute: Attr): boolean {
  if (element.tagName === 'A') return attribute.name === 'href' && isWebLink(attribute.value);
  return element.tagName === 'FONT' && attribute.name === 'color';
}

/** Replaces disallowed elements by their children and strips attributes Google ignores. */
function keepSupportedMarkup(parent: ParentNode): void {
  for (const child of [...parent.children]) {
    keepSupportedMarkup(child);
    if (!ALLOWED_TAGS.has(child.tagName)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    for (const attribute of [...child.attributes])
      if (!keepsAttribute(child, attribute)) child.removeAttribute(attribute.name);
    if (child.tagName === 'A') {
      child.setAttribute('target', '_blank');
      child.setAttribute('rel', 'noopener');
    }
  }
}

export function formattedText(text: string): HTMLSpanElement {
  // A template's content is inert: nothing in it loads or runs while it is cleaned.
  const template = document.createElement('template');
  template.innerHTML = text.replace(/\n/g, '<br>');
  keepSupportedMarkup(template.content);
  return h('span', { class: 'formatted' }, template.content);
}
