/**
 * Makes `new Date()` and `Date.now()` inside a sandbox follow the sandbox clock, so an
 * add-on computing "the next 7 days" sees the same week as the world's fixtures.
 * Runs inside the context, so dates stay the script's own `Date` instances.
 */
import vm from 'node:vm';
import type { Clock } from './runtime';

const INSTALL = `(function installClock(now) {
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(ClockDate, RealDate);
  ClockDate.now = () => now();
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true });
})`;

export function installClock(context: vm.Context, clock: Clock): void {
  const install = vm.runInContext(INSTALL, context) as (now: () => number) => void;
  install(() => clock.now());
}
