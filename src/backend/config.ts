/**
 * Backend configuration, read once from the environment at start (DESIGN §6).
 * Every problem is reported at once, with the variable it comes from, so an operator
 * fixes a deployment in one pass instead of one crash at a time.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { WORKBENCH_AUDIENCE } from '../shared/settings';

export interface DataKey {
  kid: string;
  key: Buffer;
}

export interface OidcConfig {
  audiences: string[];
  issuers: string[];
  jwksUrl: string;
}

export interface BackendConfig {
  production: boolean;
  /** `sqlite:<file path>`, `sqlite::memory:` or `mysql://user:pass@host:port/db`. */
  dbUrl: string;
  host: string;
  port: number;
  oidc: OidcConfig;
  /** The first key encrypts; every key decrypts, so old rows stay readable during rotation. */
  dataKeys: DataKey[];
  indexKey: Buffer;
  /** Lowercased emails made tenant admins on their first sign-in. */
  bootstrapAdmins: string[];
  logLevel: string;
  /**
   * Which hops in front may say who the client is (X-Forwarded-For): how many proxies, or
   * their addresses and CIDR ranges. 0 trusts none: the client is the socket's peer.
   */
  trustProxy: number | string[];
  /** Where rate-limit counters are shared by every instance; each counts alone without it. */
  redisUrl: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The local folder for the embedded database and development keys. */
export const LOCAL_DATA_DIR = '.mingwork';
const DEV_KEYS_FILE = 'keys.json';
const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
const GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const KID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;

interface Reader {
  env: NodeJS.ProcessEnv;
  problems: string[];
}

function text(r: Reader, name: string): string | undefined {
  const value = r.env[name]?.trim();
  return value ? value : undefined;
}

/** A comma-separated list; one that is set but names nothing (" , ") is a mistake, not a default. */
function list(r: Reader, name: string): string[] | undefined {
  const value = text(r, name);
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items?.length === 0) {
    r.problems.push(`${name} is set but lists nothing: give at least one value, or unset it.`);
    return undefined;
  }
  return items;
}

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * `true` would trust every hop: a client could then pick any address by sending its own
 * X-Forwarded-For, and per-address limits would count nothing. Only the operator knows how
 * many proxies are really in front, so they must say it.
 */
function readTrustProxy(r: Reader): number | string[] {
  const value = text(r, 'MINGWORK_TRUST_PROXY') ?? '0';
  if (value === 'false') return 0;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = list(r, 'MINGWORK_TRUST_PROXY');
  if (entries === undefined) return 0;
  if (value !== 'true' && entries.every(isAddressOrCidr)) return entries;
  r.problems.push(
    'MINGWORK_TRUST_PROXY must be the number of proxies in front of the backend (e.g. 1) or their addresses and CIDR ranges (e.g. 10.0.0.0/8,127.0.0.1); `true` is refused because it would let any client choose its own address.',
  );
  return 0;
}

function readRedisUrl(r: Reader): string | undefined {
  const value = text(r, 'MINGWORK_REDIS_URL');
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname) return value;
  } catch {
    // reported below
  }
  r.problems.push(
    'MINGWORK_REDIS_URL must be redis://[user:pass@]host:6379[/db] (or rediss:// for TLS).',
  );
  return value;
}

function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}

/**
 * NODE_ENV decides whether keys are generated; "Production" silently meaning development
 * would run a production deployment on throwaway keys.
 */
function readProduction(r: Reader): boolean {
  const value = r.env.NODE_ENV;
  if (value !== 'production' && value?.trim().toLowerCase() === 'production') {
    r.problems.push(
      `NODE_ENV must be exactly "production" (lowercase) for production; got "${value}".`,
    );
  }
  return value === 'production';
}

function readDbUrl(r: Reader): string {
  const value = text(r, 'MINGWORK_DB_URL') ?? `sqlite:${LOCAL_DATA_DIR}/mingwork.db`;
  if (value.startsWith('sqlite:') && value.length > 'sqlite:'.length) return value;
  if (value.startsWith('mysql://')) {
    try {
      const url = new URL(value);
      if (url.hostname && url.pathname.length > 1) return value;
    } catch {
      // reported below
    }
  }
  r.problems.push(
    'MINGWORK_DB_URL must be `sqlite:<file>` or `mysql://user:pass@host:3306/database` (with a database name).',
  );
  return value;
}

function readPort(r: Reader): number {
  const value = text(r, 'MINGWORK_PORT') ?? '8787';
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    r.problems.push(`MINGWORK_PORT must be a whole number from 0 to 65535 (got "${value}").`);
  }
  return port;
}

function readJwksUrl(r: Reader): string {
  const value = text(r, 'MINGWORK_OIDC_JWKS_URL') ?? GOOGLE_JWKS_URL;
  try {
    const url = new URL(value);
    // Plain http would let anyone on the path forge identities; only the local issuer may use it.
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
      return value;
    }
  } catch {
    // reported below
  }
  r.problems.push(
    'MINGWORK_OIDC_JWKS_URL must be an https URL (http only on 127.0.0.1 or localhost).',
  );
  return value;
}

function parseBase64Key(encoded: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return undefined;
  const key = Buffer.from(encoded, 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}

function parseDataKeys(r: Reader, value: string): DataKey[] {
  const keys: DataKey[] = [];
  for (const entry of value.split(',').map((e) => e.trim())) {
    const [kid = '', encoded = '', ...rest] = entry.split(':');
    const key = parseBase64Key(encoded);
    if (!KID_PATTERN.test(kid) || !key || rest.length > 0) {
      r.problems.push(
        `MINGWORK_DATA_KEYS entries must be kid:base64key with a ${KEY_BYTES}-byte key and a kid of letters, digits, _ or - (bad entry starting "${kid.slice(0, 12)}").`,
      );
    } else if (keys.some((k) => k.kid === kid)) {
      r.problems.push(`MINGWORK_DATA_KEYS names the key id "${kid}" twice.`);
    } else {
      keys.push({ kid, key });
    }
  }
  return keys;
}

function parseIndexKey(r: Reader, value: string): Buffer {
  const key = parseBase64Key(value);
  if (!key) r.problems.push(`MINGWORK_INDEX_KEY must be a base64-encoded ${KEY_BYTES}-byte key.`);
  return key ?? Buffer.alloc(0);
}

interface DevKeys {
  dataKeys: string;
  indexKey: string;
}

/** Development keys live beside the development database so that restarts can read old rows. */
function loadOrCreateDevKeys(dataDir: string, notice: (message: string) => void): DevKeys {
  const file = path.join(dataDir, DEV_KEYS_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevKeys;
  mkdirSync(dataDir, { recursive: true });
  const keys: DevKeys = {
    dataKeys: `dev1:${randomBytes(KEY_BYTES).toString('base64')}`,
    indexKey: randomBytes(KEY_BYTES).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  notice(
    `Generated development encryption keys in ${file}. They are for local use only: set MINGWORK_DATA_KEYS and MINGWORK_INDEX_KEY in production.`,
  );
  return keys;
}

export interface LoadConfigOptions {
  /** Where development keys are kept; defaults to `.mingwork` in the working directory. */
  dataDir?: string;
  notice?: (message: string) => void;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): BackendConfig {
  const r: Reader = { env, problems: [] };
  const production = readProduction(r);
  const dataDir = options.dataDir ?? path.resolve(LOCAL_DATA_DIR);
  const notice = options.notice ?? ((message: string) => console.warn(`[mingwork] ${message}`));

  const audiences = list(r, 'MINGWORK_OIDC_AUDIENCES');
  let dataKeysText = text(r, 'MINGWORK_DATA_KEYS');
  let indexKeyText = text(r, 'MINGWORK_INDEX_KEY');
  if (production) {
    if (!audiences)
      r.problems.push(
        'MINGWORK_OIDC_AUDIENCES is required in production: the OAuth client IDs of the add-on script.',
      );
    if (!dataKeysText)
      r.problems.push('MINGWORK_DATA_KEYS is required in production (kid:base64key,…).');
    if (!indexKeyText)
      r.problems.push('MINGWORK_INDEX_KEY is required in production (base64, 32 bytes).');
  } else if (!dataKeysText || !indexKeyText) {
    const devKeys = loadOrCreateDevKeys(dataDir, notice);
    dataKeysText ??= devKeys.dataKeys;
    indexKeyText ??= devKeys.indexKey;
  }

  const logLevel = text(r, 'MINGWORK_LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    r.problems.push(`MINGWORK_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);

  const config: BackendConfig = {
    production,
    dbUrl: readDbUrl(r),
    host: text(r, 'MINGWORK_HOST') ?? '127.0.0.1',
    port: readPort(r),
    oidc: {
      audiences: audiences ?? [WORKBENCH_AUDIENCE],
      issuers: list(r, 'MINGWORK_OIDC_ISSUERS') ?? GOOGLE_ISSUERS,
      jwksUrl: readJwksUrl(r),
    },
    dataKeys: dataKeysText ? parseDataKeys(r, dataKeysText) : [],
    indexKey: indexKeyText ? parseIndexKey(r, indexKeyText) : Buffer.alloc(0),
    bootstrapAdmins: (list(r, 'MINGWORK_BOOTSTRAP_ADMINS') ?? []).map((email) =>
      email.toLowerCase(),
    ),
    logLevel,
    trustProxy: readTrustProxy(r),
    redisUrl: readRedisUrl(r),
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}

/**
 * The backend speaks plain HTTP. Listening where other machines can reach it is right behind
 * a TLS-terminating proxy on a private network, and a leak otherwise: said at start, not
 * enforced, since only the operator knows what is in front.
 */
export function plainHttpWarning(config: Pick<BackendConfig, 'host'>): string | undefined {
  if (isLoopbackHost(config.host)) return undefined;
  return `Listening on ${config.host}, which is not a loopback address, over plain HTTP: terminate TLS in front of the backend (a load balancer or reverse proxy, see docs/DEPLOY.md) and let nothing else reach this port.`;
}
