/** Utilities: HMAC and digests, base64, date formatting, UUIDs, blobs, sleep. */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { types } from 'node:util';
import { createBlob } from './blob';
import { sleepWithinBudget } from './block';
import { toBuffer, toScriptBytes } from './bytes';
import { formatDate } from './format-date';
import { guarded, type Fake } from './not-implemented';
import { exception, type Runtime } from './runtime';

type UtilitiesApi = GoogleAppsScript.Utilities.Utilities;
type Bytes = string | number[];

const MAC_ALGORITHMS = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
} as const;
const DIGEST_ALGORITHMS = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
} as const;
const CHARSETS = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
const MAX_SLEEP_MS = 300_000;

function namesOf<T extends object>(algorithms: T): { [K in keyof T]: K } {
  return Object.fromEntries(Object.keys(algorithms).map((name) => [name, name])) as {
    [K in keyof T]: K;
  };
}

/** Looks up an enum member the script passed; anything else is not a known algorithm. */
function lookup<T extends object>(table: T, member: unknown): T[keyof T] | undefined {
  return typeof member === 'string' && Object.hasOwn(table, member)
    ? table[member as keyof T]
    : undefined;
}

export function createUtilities(runtime: Runtime): UtilitiesApi {
  const { raise } = runtime;

  const hmac = (algorithm: unknown, value: Bytes, key: Bytes): number[] => {
    const name = lookup(MAC_ALGORITHMS, algorithm);
    if (!name) throw exception(raise, 'Invalid argument: algorithm');
    return toScriptBytes(createHmac(name, toBuffer(key)).update(toBuffer(value)).digest());
  };

  const decode = (encoded: string, webSafe: boolean): number[] => {
    const alphabet = webSafe ? /^[A-Za-z0-9\-_]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    const compact = String(encoded).replace(/\s/g, '');
    if (!alphabet.test(compact)) throw exception(raise, 'Could not decode string.');
    return toScriptBytes(Buffer.from(compact, webSafe ? 'base64url' : 'base64'));
  };

  const utilities: Fake<UtilitiesApi> = {
    MacAlgorithm: namesOf(MAC_ALGORITHMS),
    DigestAlgorithm: namesOf(DIGEST_ALGORITHMS),
    Charset: CHARSETS,
    computeHmacSignature: (algorithm, value: Bytes, key: Bytes) => hmac(algorithm, value, key),
    computeHmacSha256Signature: (value: Bytes, key: Bytes) => hmac('HMAC_SHA_256', value, key),
    computeDigest: (algorithm, value: Bytes) => {
      const name = lookup(DIGEST_ALGORITHMS, algorithm);
      if (!name) throw exception(raise, 'Invalid argument: algorithm');
      return toScriptBytes(createHash(name).update(toBuffer(value)).digest());
    },
    /** Apps Script's web-safe alphabet keeps the "=" padding. */
    base64Encode: (data: Bytes) => toBuffer(data).toString('base64'),
    base64EncodeWebSafe: (data: Bytes) =>
      toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: string) => decode(encoded, false),
    base64DecodeWebSafe: (encoded: string) => decode(encoded, true),
    formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => {
      if (!types.isDate(date)) throw exception(raise, 'Invalid argument: date');
      try {
        return formatDate(date, timeZone, format);
      } catch (error) {
        throw exception(raise, `Invalid argument: format (${(error as Error).message})`);
      }
    },
    getUuid: () => randomUUID(),
    newBlob: (data: Bytes, contentType?: string, name?: string) =>
      createBlob(raise, data, contentType, name),
    sleep: (milliseconds: number) => {
      if (milliseconds > MAX_SLEEP_MS) throw exception(raise, 'Invalid argument: milliseconds');
      sleepWithinBudget(runtime, milliseconds);
    },
  };
  return guarded<UtilitiesApi>('Utilities', utilities, raise);
}
