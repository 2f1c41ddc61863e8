/**
 * The base of every CardService fake. Builders keep their state and render it to card JSON
 * only when asked (Card.build(), printJson()), which is also where Apps Script validates.
 */
import type { Raise } from '../runtime';

/** Renders a component to its card JSON. A symbol, so the script cannot call it. */
export const RENDER = Symbol('render');

export abstract class Component<Json> {
  constructor(protected readonly raise: Raise) {}

  abstract [RENDER](): Json;

  /** Apps Script's message for a missing required field, e.g. "TextButton: text is required". */
  protected required<T>(value: T | undefined, component: string, field: string): T {
    if (value === undefined || value === '') {
      throw this.raise(`${component}: ${field} is required.`, 'Exception');
    }
    return value;
  }

  /** Checks that an argument is a fake of the expected kind, as Apps Script checks its Java types. */
  protected expect<C extends Component<unknown>>(
    value: unknown,
    kind: abstract new (...args: never[]) => C,
    argument: string,
  ): C {
    if (!(value instanceof kind)) {
      throw this.raise(`Invalid argument: ${argument}`, 'Exception');
    }
    return value;
  }

  /** Checks that a value is one of an enum's names, so a misspelt enum member fails here. */
  protected member<E extends string>(value: unknown, names: readonly E[], argument: string): E {
    if (typeof value !== 'string' || !(names as readonly string[]).includes(value)) {
      throw this.raise(`Invalid argument: ${argument}`, 'Exception');
    }
    return value as E;
  }
}

/** Drops undefined fields so the JSON carries only what the script set. */
export function compact<T extends object>(json: T): T {
  return Object.fromEntries(Object.entries(json).filter(([, value]) => value !== undefined)) as T;
}
