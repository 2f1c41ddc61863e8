/**
 * What every fake shares during one execution: the sandbox clock, the trace and log a test
 * reads afterwards, and a way to raise errors that the script can catch as its own.
 */
import type { Trace } from './trace';

export interface Clock {
  /** Milliseconds since the epoch, as the script sees them. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until a test moves it, so expiry can be tested without waiting. */
export class ManualClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

/**
 * Creates an error in the script's realm, so `e instanceof Error` holds inside the sandbox.
 * `name` follows Apps Script: "Exception" for service errors, "GoogleJsonResponseException"
 * for advanced services, "Error" otherwise.
 */
export type Raise = (message: string, name?: string) => Error;

export function raiserFor(ErrorInRealm: ErrorConstructor = Error): Raise {
  return (message, name = 'Error') => {
    const error = new ErrorInRealm(message);
    error.name = name;
    return error;
  };
}

/** Apps Script's own service errors print as "Exception: …". */
export function exception(raise: Raise, message: string): Error {
  return raise(message, 'Exception');
}

/** Apps Script's message when a callback runs past its 30 seconds. */
export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';

/** Real time left for the current callback; blocking fakes (UrlFetch, sleep) spend it. */
export interface ExecutionBudget {
  remainingMs(): number;
}

export const unlimitedBudget: ExecutionBudget = { remainingMs: () => Infinity };

export function budgetOf(milliseconds: number): ExecutionBudget {
  const deadline = performance.now() + milliseconds;
  return { remainingMs: () => deadline - performance.now() };
}

export interface Runtime {
  readonly clock: Clock;
  readonly raise: Raise;
  readonly trace: Trace;
  readonly budget: ExecutionBudget;
}
