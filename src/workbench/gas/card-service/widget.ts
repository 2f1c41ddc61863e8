/** What lets a component sit in a section, and the colour format Google's JSON uses. */
import type { Raise } from '../runtime';
import { Clickable } from './actions';
import { Component, RENDER } from './component';
import type { ColorJson, WidgetJson } from './json';

/** Renders a component as one entry of `sections[].widgets[]`. */
export const AS_WIDGET = Symbol('asWidget');

export interface SectionWidget {
  [AS_WIDGET](): WidgetJson;
}

export function isSectionWidget(value: unknown): value is SectionWidget {
  return typeof value === 'object' && value !== null && AS_WIDGET in value;
}

/** Apps Script takes CSS hex colours; the card JSON wants RGBA fractions. */
export function colorFromHex(hex: string, raise: Raise): ColorJson {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(hex);
  if (!match) throw raise(`Invalid argument: color ${hex}`, 'Exception');
  const [red, green, blue] = [match[1], match[2], match[3]].map(
    (pair) => parseInt(pair!, 16) / 255,
  );
  const alpha = match[4] === undefined ? undefined : parseInt(match[4], 16) / 255;
  return alpha === undefined
    ? { red: red!, green: green!, blue: blue! }
    : { red: red!, green: green!, blue: blue!, alpha };
}

/** A component whose own JSON is a widget entry. */
export abstract class Widget extends Component<WidgetJson> implements SectionWidget {
  [AS_WIDGET](): WidgetJson {
    return this[RENDER]();
  }
}

/** A clickable component whose own JSON is a widget entry. */
export abstract class ClickableWidget extends Clickable<WidgetJson> implements SectionWidget {
  [AS_WIDGET](): WidgetJson {
    return this[RENDER]();
  }
}
