/**
 * Encryption at rest for user content, Drive URLs and emails: AES-256-GCM with a random
 * 12-byte IV, stored as `v1:<kid>:<iv>:<tag>:<ciphertext>` (base64url parts). The key id
 * lets old rows stay readable while `cli rotate-keys` re-encrypts them under the newest key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey } from '../config';

export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** True when `stored` is already encrypted under the current (first) key. */
  isCurrent(stored: string): boolean;
}

const FORMAT_VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt a stored field: ${reason}`);
    this.name = 'DecryptionError';
  }
}

export function createFieldCipher(keys: DataKey[]): FieldCipher {
  const current = keys[0];
  if (!current) throw new Error('At least one data key is required.');
  const byKid = new Map(keys.map((k) => [k.kid, k.key]));

  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, current.key, iv, { authTagLength: TAG_BYTES });
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
      return [FORMAT_VERSION, current.kid, ...parts].join(':');
    },

    decrypt(stored) {
      const [version, kid, iv, tag, ciphertext, ...rest] = stored.split(':');
      if (
        version !== FORMAT_VERSION ||
        !kid ||
        !iv ||
        !tag ||
        ciphertext === undefined ||
        rest.length
      ) {
        throw new DecryptionError('not in v1 format');
      }
      const key = byKid.get(kid);
      if (!key) throw new DecryptionError(`unknown key id "${kid}"`);
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new DecryptionError('authentication failed');
      }
    },

    isCurrent(stored) {
      return stored.startsWith(`${FORMAT_VERSION}:${current.kid}:`);
    },
  };
}
