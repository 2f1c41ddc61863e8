/**
 * Card text is a small subset of HTML (<b>, <i>, <s>, <font>, <a>, <br>) wherever Google
 * formats it: paragraphs, decorated text and its labels, section headers. Anything that comes
 * from Google (titles, places, names, file names) or from people (agenda items, notes,
 * messages) goes in escaped, so "R&D <> Sales" reads as written and never becomes markup.
 * Headers, button labels and input values are plain text and take it as it is.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** The markup helpers below take text that is already safe: escaped, or from a catalogue. */
export function bold(html: string): string {
  return `<b>${html}</b>`;
}

export function struck(html: string): string {
  return `<s>${html}</s>`;
}

/** Google's warning red, for what the user should act on. */
export function warning(html: string): string {
  return `<font color="#d93025">${html}</font>`;
}

/** Google's secondary grey, for what matters less. */
export function muted(html: string): string {
  return `<font color="#5f6368">${html}</font>`;
}
