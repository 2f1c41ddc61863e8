/**
 * Apps Script hands bytes to scripts as arrays of Java bytes: integers from -128 to 127.
 * These helpers convert between that and Node buffers at the fakes' edge.
 */

export function toScriptBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** Accepts what Apps Script methods accept: a string (UTF-8) or a byte array. */
export function toBuffer(value: string | readonly number[] | Uint8Array): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return Buffer.from(Array.from(value, (byte) => byte & 0xff));
}
