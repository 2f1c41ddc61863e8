/** Tracing, errors and options handling shared by the Calendar and Drive advanced-service fakes. */
import { notImplementedMessage } from '../not-implemented';
import type { Raise, Runtime } from '../runtime';

/**
 * Advanced services throw GoogleJsonResponseException with the REST error in `details`,
 * e.g. "API call to drive.files.get failed with error: File not found: 1abc."
 */
export function apiError(raise: Raise, apiMethod: string, code: number, message: string): Error {
  const error = raise(
    `API call to ${apiMethod} failed with error: ${message}`,
    'GoogleJsonResponseException',
  );
  return Object.assign(error, { details: { code, message } });
}

/** Refuses request options the fake does not understand instead of silently ignoring them. */
export function checkOptions(
  raise: Raise,
  method: string,
  options: object | undefined,
  supported: readonly string[],
): void {
  const unknown = Object.keys(options ?? {}).find((key) => !supported.includes(key));
  if (unknown !== undefined) throw raise(notImplementedMessage(`${method} option "${unknown}"`));
}

/** Records each call an advanced service answers, and builds the errors it raises. */
export class ApiCalls {
  constructor(
    private readonly runtime: Runtime,
    private readonly service: 'calendar' | 'drive',
  ) {}

  succeeded(method: string, args: Record<string, unknown>): void {
    this.runtime.trace.push({ kind: this.service, method, args, status: 200 });
  }

  /** Records the failed call and returns the error the API would raise. */
  failed(method: string, args: Record<string, unknown>, code: number, message: string): Error {
    this.runtime.trace.push({ kind: this.service, method, args, status: code });
    return apiError(this.runtime.raise, `${this.service}.${method.toLowerCase()}`, code, message);
  }
}
