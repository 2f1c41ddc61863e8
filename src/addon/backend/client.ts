/**
 * The add-on's one door to the backend: every call goes through here. It signs calls with
 * the user's Google ID token, sends JSON, maps failures to the contract's error codes,
 * marks every write with an Idempotency-Key, and keeps a short per-user cache of reads.
 */
import { ErrorCode, errorCodeForStatus } from '../../shared/errors';
import { readBackendUrl } from './settings';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface BackendRequest {
  method: HttpMethod;
  /** Path under the base URL, e.g. `/v1/meetings/lookup`. */
  path: string;
  body?: unknown;
  /** Extra request headers, e.g. the organizer's digests on reads of an event's meeting. */
  headers?: Record<string, string>;
  /** Reuse the key of a failed attempt when retrying, so the write happens at most once. */
  idempotencyKey?: string;
  /** Serve a GET from the user's cache for this long; writes invalidate it. */
  cacheSeconds?: number;
  /** 'text' hands the body back as it came (an export, saved as a file), never cached. */
  responseAs?: 'json' | 'text';
}

export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }

  /** Worth a Retry button: the backend was unreachable, overloaded or briefly failing. */
  get retryable(): boolean {
    return (
      this.code === ErrorCode.Unavailable ||
      this.code === ErrorCode.RateLimited ||
      this.status >= 500
    );
  }
}

type FetchRequest = GoogleAppsScript.URL_Fetch.URLFetchRequest;
type FetchResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;

const CACHE_PREFIX = 'mw:';
const CACHE_VERSION_KEY = 'mw:version';

function isWrite(request: BackendRequest): boolean {
  return request.method !== 'get';
}

function toFetchRequest(baseUrl: string, token: string, request: BackendRequest): FetchRequest {
  const headers: Record<string, string> = { ...request.headers, Authorization: `Bearer ${token}` };
  if (isWrite(request)) headers['Idempotency-Key'] = request.idempotencyKey ?? Utilities.getUuid();
  const fetchRequest: FetchRequest = {
    url: baseUrl + request.path,
    method: request.method,
    headers,
    muteHttpExceptions: true,
  };
  if (request.body !== undefined) {
    fetchRequest.contentType = 'application/json';
    fetchRequest.payload = JSON.stringify(request.body);
  }
  return fetchRequest;
}

function errorFrom(status: number, text: string): BackendError {
  let body: { error?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // A proxy's HTML error page: the status alone says what happened.
  }
  // Any 5xx without a contract body (a load balancer's page) is worth a retry.
  const fallback =
    status >= 500 ? ErrorCode.Unavailable : (errorCodeForStatus(status) ?? ErrorCode.Internal);
  const code = typeof body.error === 'string' ? (body.error as ErrorCode) : fallback;
  const message =
    typeof body.message === 'string' ? body.message : `The Mingwork service answered ${status}.`;
  return new BackendError(code, status, message);
}

function parseResponse<T>(request: BackendRequest, response: FetchResponse): T {
  const status = response.getResponseCode();
  const text = response.getContentText();
  if (status < 200 || status >= 300) throw errorFrom(status, text);
  if (request.responseAs === 'text') return text as T;
  return (text ? JSON.parse(text) : null) as T;
}

/** UrlFetchApp throws for DNS failures, refused connections and timeouts. */
function unreachable(error: unknown): BackendError {
  const detail = error instanceof Error ? error.message : String(error);
  return new BackendError(
    ErrorCode.Unavailable,
    0,
    `The Mingwork service could not be reached (${detail}).`,
  );
}

function userCache(): GoogleAppsScript.Cache.Cache {
  return CacheService.getUserCache();
}

/** Headers can change the answer (X-Mingwork-Organizer does), so they are part of the key. */
function cacheKey(cache: GoogleAppsScript.Cache.Cache, request: BackendRequest): string {
  const headers = request.headers ? JSON.stringify(request.headers) : '';
  return `${CACHE_PREFIX}${cache.get(CACHE_VERSION_KEY) ?? '0'}:${request.path}${headers}`;
}

/**
 * A write may change any cached view, so it moves the user's cache to a new generation: what
 * was cached before is never read again and expires on its own. Also what erasing an
 * account does, so that nothing of the old account is shown afterwards.
 */
export function forgetCachedReads(): void {
  userCache().put(CACHE_VERSION_KEY, Utilities.getUuid(), 21600);
}

/** How long a read may be served from the user's cache; 0 for not at all. */
function cacheSecondsOf(request: BackendRequest): number {
  const cacheable = request.method === 'get' && request.responseAs !== 'text';
  return cacheable ? (request.cacheSeconds ?? 0) : 0;
}

function readCached<T>(request: BackendRequest): T | undefined {
  if (!cacheSecondsOf(request)) return undefined;
  const cache = userCache();
  const hit = cache.get(cacheKey(cache, request));
  return hit === null ? undefined : (JSON.parse(hit) as T);
}

function remember(request: BackendRequest, value: unknown): void {
  const seconds = cacheSecondsOf(request);
  if (seconds) {
    const cache = userCache();
    try {
      cache.put(cacheKey(cache, request), JSON.stringify(value), seconds);
    } catch {
      // CacheService refuses values over 100 KB (bytes, so a long Chinese note gets there
      // sooner than its length suggests); such a view is simply not cached.
    }
  } else if (isWrite(request)) {
    forgetCachedReads();
  }
}

function settle<T>(request: BackendRequest, response: FetchResponse): T {
  const value = parseResponse<T>(request, response);
  remember(request, value);
  return value;
}

export function callBackend<T>(request: BackendRequest): T {
  const cached = readCached<T>(request);
  if (cached !== undefined) return cached;
  const fetchRequest = toFetchRequest(readBackendUrl(), ScriptApp.getIdentityToken(), request);
  let response: FetchResponse;
  try {
    response = UrlFetchApp.fetch(fetchRequest.url, fetchRequest);
  } catch (error) {
    throw unreachable(error);
  }
  return settle<T>(request, response);
}

/**
 * Several independent calls in parallel (`UrlFetchApp.fetchAll`), for a card that needs
 * them all. Each result is the parsed body or the BackendError of that call; cached reads
 * are answered without a request.
 */
export function callBackendAll<T extends unknown[]>(requests: { [K in keyof T]: BackendRequest }): {
  [K in keyof T]: T[K] | BackendError;
} {
  const list = requests as BackendRequest[];
  const results: unknown[] = list.map((request) => readCached(request));
  const pending = list.flatMap((request, index) => (results[index] === undefined ? [index] : []));
  if (pending.length > 0) {
    const baseUrl = readBackendUrl();
    const token = ScriptApp.getIdentityToken();
    let responses: FetchResponse[] = [];
    try {
      responses = UrlFetchApp.fetchAll(
        pending.map((index) => toFetchRequest(baseUrl, token, list[index]!)),
      );
    } catch (error) {
      const failure = unreachable(error);
      pending.forEach((index) => (results[index] = failure));
    }
    responses.forEach((response, k) => {
      const index = pending[k]!;
      try {
        results[index] = settle(list[index]!, response);
      } catch (error) {
        results[index] = error;
      }
    });
  }
  return results as { [K in keyof T]: T[K] | BackendError };
}
