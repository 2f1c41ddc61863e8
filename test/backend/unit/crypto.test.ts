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

  it('keeps the stored format: base64url(HMAC-SHA256(index key, purpose NUL value))', () => {
    // Rows already stored are found only while this stays the same. Computed once outside Node:
    //   printf 'email\0alice@acme.example' | openssl dgst -sha256 -binary \
    //     -mac HMAC -macopt hexkey:$(printf '07%.0s' $(seq 32)) | basenc --base64url | tr -d =
    expect(createBlindIndex(Buffer.alloc(32, 7)).of('email', 'alice@acme.example')).toBe(
      'svpz_9RmqFeKHKwE6lUqOmiPAgbXXQ-AX8t3A5mOQnw',
    );
  });
});

describe('guest digest', () => {
  it('is base64url(HMAC-SHA256(key = eventId, message = email)): RFC 4231 test case 2', () => {
    // Key "Jefe", data "what do ya want for nothing?" gives HMAC-SHA256
    // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843 (RFC 4231, section 4.3).
    expect(guestDigest('Jefe', 'what do ya want for nothing?')).toBe(
      Buffer.from(
        '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
        'hex',
      ).toString('base64url'),
    );
  });

  it('digests the trimmed, lowercased email, so the add-on and the backend agree on a guest', () => {
    // Computed once outside Node:
    //   printf %s bob@acme.example | openssl dgst -sha256 -hmac evt123 -binary | basenc --base64url | tr -d =
    const bob = 'o3O9K4iCQzwZCIajxB95cXKVSWZ36dMZlgqqAfk-ZuA';
    expect(guestDigest('evt123', '  Bob@Acme.Example ')).toBe(bob);
    expect(guestDigest('evt124', 'bob@acme.example')).not.toBe(bob);
  });
});
