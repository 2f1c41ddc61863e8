/** Blocking the script's thread, the way Apps Script's synchronous services do. */
import { EXCEEDED_MAXIMUM_EXECUTION_TIME, type Runtime } from './runtime';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Sleeps for real, and fails like Apps Script when the sleep outlasts the callback's budget. */
export function sleepWithinBudget(runtime: Runtime, milliseconds: number): void {
  const remaining = runtime.budget.remainingMs();
  Atomics.wait(sleeper, 0, 0, Math.max(0, Math.min(milliseconds, remaining)));
  if (milliseconds >= remaining) throw runtime.raise(EXCEEDED_MAXIMUM_EXECUTION_TIME);
}
