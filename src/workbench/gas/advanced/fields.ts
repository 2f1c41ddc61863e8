/**
 * Google's partial-response `fields` parameter ("id,name,owners(emailAddress)"): v3 APIs
 * return only a few default fields unless asked, and add-ons rely on asking.
 */

export type FieldMask = Map<string, FieldMask | true>;

function parseList(text: string, at: { index: number }): FieldMask {
  const mask: FieldMask = new Map();
  let name = '';
  const flush = (value: FieldMask | true) => {
    if (name.trim()) mask.set(name.trim(), value);
    name = '';
  };
  while (at.index < text.length) {
    const char = text[at.index++];
    if (char === '(') {
      const nested = parseList(text, at);
      const key = name.trim();
      name = '';
      if (key) mask.set(key, nested);
    } else if (char === ')') {
      break;
    } else if (char === ',') {
      flush(true);
    } else {
      name += char;
    }
  }
  flush(true);
  return mask;
}

export function parseFields(fields: string): FieldMask {
  return parseList(fields, { index: 0 });
}

/** Keeps the masked fields of a resource; "*" keeps everything. */
export function applyFields(
  resource: Record<string, unknown>,
  mask: FieldMask,
): Record<string, unknown> {
  if (mask.has('*')) return resource;
  const selected: Record<string, unknown> = {};
  for (const [name, nested] of mask) {
    const value = resource[name];
    if (value === undefined) continue;
    selected[name] = nested === true ? value : applyNested(value, nested);
  }
  return selected;
}

function applyNested(value: unknown, mask: FieldMask): unknown {
  if (Array.isArray(value)) return value.map((item) => applyNested(item, mask));
  if (value && typeof value === 'object')
    return applyFields(value as Record<string, unknown>, mask);
  return value;
}
