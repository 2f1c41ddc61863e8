import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

/**
 * A new row id: 12 hex digits of milliseconds, 4 of a per-process sequence, 16 random.
 * Ids sort by creation time (and within one millisecond by creation order on this
 * instance), which is what message paging and stable listing orders rely on. Lowercase
 * hex compares the same under every collation.
 */
export function newId(): string {
  const millis = Date.now();
  sequence = millis === lastMillis ? sequence + 1 : 0;
  lastMillis = millis;
  return (
    millis.toString(16).padStart(12, '0') +
    (sequence & 0xffff).toString(16).padStart(4, '0') +
    randomBytes(8).toString('hex')
  );
}
