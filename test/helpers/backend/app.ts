/**
 * A backend under test: the real app (real store, real ID token verification against the
 * test identity provider) driven with `inject`, plus a client that acts as a given user.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDependencies } from '../../../src/backend/app';
import type { BackendConfig, DataKey } from '../../../src/backend/config';
import { createStoreKeys } from '../../../src/backend/crypto/store-keys';
import type { StoreKeys } from '../../../src/backend/store/context';
import { openStore, type Store } from '../../../src/backend/store/database';
import { migrateToLatest } from '../../../src/backend/store/migrations';
import { AUDIENCE, ISSUER, type IdentityProvider, type TestUser } from './identity';

export function dataKey(kid: string): DataKey {
  return { kid, key: randomBytes(32) };
}

export function testConfig(dbUrl: string, jwksUrl: string, overrides: Partial<BackendConfig> = {}) {
  const config: BackendConfig = {
    production: false,
    dbUrl,
    host: '127.0.0.1',
    port: 0,
    oidc: { audiences: [AUDIENCE], issuers: [ISSUER], jwksUrl },
    dataKeys: [dataKey('test1')],
    indexKey: randomBytes(32),
    bootstrapAdmins: [],
    logLevel: 'silent',
    trustProxy: 0,
    redisUrl: undefined,
  };
  return { ...config, ...overrides };
}

/** Keys for a store no app will read: the tests that use it look at rows, not at ciphertexts. */
export function throwawayKeys(): StoreKeys {
  return createStoreKeys({ dataKeys: [dataKey('throwaway')], indexKey: randomBytes(32) });
}

export async function openMigratedStore(dbUrl: string, keys: StoreKeys): Promise<Store> {
  const store = openStore(dbUrl);
  await migrateToLatest(store.db, keys);
  return store;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response fields freely and assert on them
type Json = any;

export interface Response<T = Json> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

export interface Client {
  get<T = Json>(url: string, headers?: Record<string, string>): Promise<Response<T>>;
  post<T = Json>(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response<T>>;
  put<T = Json>(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response<T>>;
  patch<T = Json>(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response<T>>;
  delete<T = Json>(url: string, headers?: Record<string, string>): Promise<Response<T>>;
}

export interface RawRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent as is: a string or bytes for raw bodies, anything else as JSON. */
  body?: unknown;
}

export interface TestBackend {
  app: FastifyInstance;
  baseUrl: string;
  as(user: TestUser): Client;
  /** Requests with no token at all. */
  anonymous: Client;
  request(request: RawRequest): Promise<Response>;
}

/** The real app on a real socket (127.0.0.1, a free port), called over HTTP. */
export async function startBackend(
  config: BackendConfig,
  idp: IdentityProvider,
  deps: AppDependencies = {},
): Promise<TestBackend> {
  const app = await buildApp(config, deps);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const request = (raw: RawRequest) => send(baseUrl, raw);
  const tokens = new Map<TestUser, Promise<string>>();
  const tokenOf = (user: TestUser) => {
    if (!tokens.has(user)) tokens.set(user, idp.tokenFor(user));
    return tokens.get(user) as Promise<string>;
  };
  return {
    app,
    baseUrl,
    request,
    anonymous: client(request, async () => ({})),
    as: (user) => client(request, async () => ({ authorization: `Bearer ${await tokenOf(user)}` })),
  };
}

async function send(baseUrl: string, raw: RawRequest): Promise<Response> {
  const headers: Record<string, string> = { ...raw.headers };
  let body: string | Buffer | undefined;
  if (typeof raw.body === 'string' || Buffer.isBuffer(raw.body)) body = raw.body;
  else if (raw.body !== undefined) {
    body = JSON.stringify(raw.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${baseUrl}${raw.url}`, { method: raw.method, headers, body });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: isJson && text ? JSON.parse(text) : text,
  };
}

function client(
  request: (raw: RawRequest) => Promise<Response>,
  authorization: () => Promise<Record<string, string>>,
): Client {
  const call = async (method: string, url: string, body?: unknown, headers = {}) =>
    request({ method, url, body, headers: { ...(await authorization()), ...headers } });
  return {
    get: (url, headers) => call('GET', url, undefined, headers),
    post: (url, body, headers) => call('POST', url, body, headers),
    put: (url, body, headers) => call('PUT', url, body, headers),
    patch: (url, body, headers) => call('PATCH', url, body, headers),
    delete: (url, headers) => call('DELETE', url, undefined, headers),
  };
}
