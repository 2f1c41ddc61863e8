/**
 * Apps Script has hundreds of methods; the workbench fakes the ones the add-on uses. Calling
 * any other must fail loudly with the method's name instead of returning undefined, which
 * would let a missing fake pass silently.
 */
import type { Raise } from './runtime';

/**
 * Property names that JavaScript itself, jest and Node probe on any object. Answering them
 * with a throwing function would break JSON.stringify, promises and pretty-printing.
 */
const PROBED_BY_THE_LANGUAGE = new Set([
  'then',
  'toJSON',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'inspect',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

function isProbe(property: string | symbol): boolean {
  return typeof property === 'symbol' || PROBED_BY_THE_LANGUAGE.has(property);
}

export function notImplementedMessage(path: string): string {
  return `${path} is not implemented by the workbench`;
}

/**
 * A function that throws when called, and whose properties are further such functions, so
 * `Calendar.Acl.list()` names exactly what is missing.
 */
export function notImplemented(path: string, raise: Raise): (...args: unknown[]) => never {
  const thrower = (): never => {
    throw raise(notImplementedMessage(path));
  };
  return new Proxy(thrower, {
    get(target, property, receiver) {
      if (isProbe(property)) return Reflect.get(target, property, receiver);
      return notImplemented(`${path}.${String(property)}`, raise);
    },
  });
}

/**
 * The methods of an Apps Script interface that a fake provides. Methods that return objects
 * (usually the builder itself) may return the fake; primitive results must match.
 */
export type Fake<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => R extends object ? unknown : R
    : unknown;
};

/**
 * Exposes a fake under its Apps Script interface: members it has are passed through, any
 * other method name throws "<name>.<method> is not implemented by the workbench".
 */
export function guarded<T>(name: string, fake: object, raise: Raise): T {
  return new Proxy(fake, {
    get(target, property, receiver) {
      if (property in target || isProbe(property)) return Reflect.get(target, property, receiver);
      return notImplemented(`${name}.${String(property)}`, raise);
    },
  }) as T;
}
