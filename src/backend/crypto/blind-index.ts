/**
 * Blind indexes let the store find a row by an email or a guest digest without keeping
 * either in plaintext: HMAC-SHA256 under MINGWORK_INDEX_KEY, with the purpose mixed in so
 * that equal inputs used for different lookups never produce the same index value. Request
 * fingerprints (Idempotency-Key) use one too: a plain hash of a short note would let anyone
 * who reads the table confirm a guess of it.
 */
import { createHmac } from 'node:crypto';

export type IndexPurpose = 'email' | 'guest' | 'owner' | 'domain' | 'request';

export interface BlindIndex {
  of(purpose: IndexPurpose, value: string): string;
}

export function createBlindIndex(indexKey: Buffer): BlindIndex {
  if (indexKey.length < 32) throw new Error('The index key must be at least 32 bytes.');
  return {
    of(purpose, value) {
      return createHmac('sha256', indexKey).update(`${purpose}\u0000${value}`).digest('base64url');
    },
  };
}
