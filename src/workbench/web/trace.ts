/** The "Calls made by the last action" list: one line per call the run made. */
import type { TraceLine } from '../page-contract';

/** "UrlFetchApp POST http://… 201", or "… ECONNREFUSED" for a call that got no answer. */
export function traceLineText(line: TraceLine): string {
  return [line.service, line.method, line.url, line.status, line.error]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}
