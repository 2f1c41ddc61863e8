import { createHmac } from 'node:crypto';
import { createBlindIndex } from '../../../src/backend/crypto/blind-index';
import { createFieldCipher, DecryptionError } from '../../../src/backend/crypto/field-cipher';
import { guestDigest } from '../../../src/backend/crypto/guest-digest';

const keyA = { kid: 'a', key: Buffer.alloc(32, 1) };
const keyB = { kid: 'b', key: Buffer.alloc(32, 2) };

describe('field cipher', () => {
  it('stores v1:<kid>:<iv>:<tag>:<ciphertext> that hides the plaintext and reads back', () => {
    const cipher = createFieldCipher([keyA]);
    const stored = cipher.encrypt('Budget review — 预算');
    expect(stored).toMatch(/^v1:a:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(stored).not.toContain('Budget');
    expect(cipher.decrypt(stored)).toBe('Budget review — 预算');
  });

  it('uses a fresh IV for every value, so equal plaintexts do not look equal', () => {
    const cipher = createFieldCipher([keyA]);
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('encrypts with the first key and still reads values written under older keys', () => {
    const old = createFieldCipher([keyA]).encrypt('kept');
    const rotated = createFieldCipher([keyB, keyA]);
    expect(rotated.decrypt(old)).toBe('kept');
    expect(rotated.isCurrent(old)).toBe(false);
    expect(rotated.isCurrent(rotated.encrypt('new'))).toBe(true);
  });

  it('refuses tampered values and unknown keys instead of returning garbage', () => {
    const cipher = createFieldCipher([keyA]);
    const stored = cipher.encrypt('secret');
    const parts = stored.split(':');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow(DecryptionError);
    expect(() => createFieldCipher([keyB]).decrypt(stored)).toThrow(/unknown key id "a"/);
    expect(() => cipher.decrypt('plain text')).toThrow(/not in v1 format/);
  });
});

describe('blind index', () => {
  it('is deterministic per key and purpose, and reveals nothing of the value', () => {
    const index = createBlindIndex(Buffer.alloc(32, 7));
    const value = index.of('email', 'alice@acme.example');
    expect(value).toBe(index.of('email', 'alice@acme.example'));
    expect(value).not.toBe(index.of('guest', 'alice@acme.example'));
    expect(value).not.toBe(createBlindIndex(Buffer.alloc(32, 8)).of('email', 'alice@acme.example'));
    expect(value).not.toContain('alice');
  });
});

describe('guest digest', () => {
  it('matches the add-on formula: base64url(HMAC-SHA256(key = eventId, message = lowercased email))', () => {
    const expected = createHmac('sha256', 'evt123').update('bob@acme.example').digest('base64url');
    expect(guestDigest('evt123', '  Bob@Acme.Example ')).toBe(expected);
    expect(guestDigest('evt124', 'bob@acme.example')).not.toBe(expected);
    expect(expected).toMatch(/^[\w-]{43}$/);
  });
});
