/**
 * UrlFetchApp: real HTTP, synchronous from the script's point of view, with Apps Script's
 * errors, deadline, URL allow-list and limits. Each call is traced with sizes and the raw
 * request body (for privacy tests), never logged.
 */
import { guarded, type Fake } from '../not-implemented';
import { EXCEEDED_MAXIMUM_EXECUTION_TIME, exception, type Runtime } from '../runtime';
import type { UrlFetchTraceEntry } from '../trace';
import type { BlockingHttpClient, HttpOutcome } from './blocking-http';
import { createHttpResponse } from './http-response';
import { prepareRequest, type FetchParams, type PreparedRequest } from './request';

type UrlFetchAppApi = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type HttpResponseApi = GoogleAppsScript.URL_Fetch.HTTPResponse;
type FetchAllRequest = string | (FetchParams & { url: string });

export interface UrlFetchOptions {
  http: BlockingHttpClient;
  /** Apps Script's UrlFetch deadline, 60 s; tests shorten it. */
  deadlineMs: number;
  /** The manifest's urlFetchWhitelist plus the workbench backend; undefined allows any URL. */
  allowedUrlPrefixes?: readonly string[];
}

const TRUNCATED_RESPONSE_CHARS = 200;

/** How Apps Script names a request that never got an HTTP answer. */
function transportMessage(code: string, url: string): string {
  if (code === 'TIMEOUT') return `Timeout: ${url}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS error: ${url}`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return `Address unavailable: ${url}`;
  return `Request failed for ${url}: ${code}`;
}

function redactedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) =>
      name.toLowerCase() === 'authorization'
        ? [name, value.replace(/ .*/, ' [redacted]')]
        : [name, value],
    ),
  );
}

export class UrlFetchAppFake implements Fake<UrlFetchAppApi> {
  constructor(
    private readonly runtime: Runtime,
    private readonly options: UrlFetchOptions,
  ) {}

  fetch(url: string, params?: FetchParams): HttpResponseApi {
    const [response] = this.fetchAll([{ ...params, url }]);
    return response!;
  }

  fetchAll(requests: FetchAllRequest[]): HttpResponseApi[] {
    const prepared = requests.map((request) =>
      typeof request === 'string'
        ? prepareRequest(this.runtime.raise, request)
        : prepareRequest(this.runtime.raise, request.url, withoutUrl(request)),
    );
    prepared.forEach((request) => this.checkAllowed(request.url));
    const entries = prepared.map((request) => this.traceEntry(request));
    const outcomes = this.send(prepared, entries);
    return outcomes.map((outcome, index) =>
      this.toResponse(prepared[index]!, outcome, entries[index]!),
    );
  }

  private send(requests: PreparedRequest[], entries: UrlFetchTraceEntry[]): HttpOutcome[] {
    const budgetMs = this.runtime.budget.remainingMs();
    const timeoutMs = Math.min(this.options.deadlineMs, budgetMs);
    const outcomes = this.options.http.send(requests, Math.max(0, timeoutMs));
    if (outcomes) return outcomes;
    entries.forEach((entry) => (entry.error = 'TIMEOUT'));
    if (budgetMs <= this.options.deadlineMs)
      throw this.runtime.raise(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    throw exception(this.runtime.raise, transportMessage('TIMEOUT', requests[0]!.url));
  }

  private checkAllowed(url: string): void {
    const prefixes = this.options.allowedUrlPrefixes;
    if (prefixes && !prefixes.some((prefix) => url.startsWith(prefix))) {
      throw exception(
        this.runtime.raise,
        `UrlFetch to ${url} is not allowed by the manifest's urlFetchWhitelist.`,
      );
    }
  }

  private traceEntry(request: PreparedRequest): UrlFetchTraceEntry {
    const entry: UrlFetchTraceEntry = {
      kind: 'urlfetch',
      method: request.method,
      url: request.url,
      requestHeaders: redactedHeaders(request.headers),
      requestBytes: request.body?.length ?? 0,
      requestBody: request.body ? Buffer.from(request.body).toString('utf8') : '',
    };
    this.runtime.trace.push(entry);
    return entry;
  }

  private toResponse(
    request: PreparedRequest,
    outcome: HttpOutcome,
    entry: UrlFetchTraceEntry,
  ): HttpResponseApi {
    const { raise } = this.runtime;
    if (outcome.error) {
      entry.error = outcome.error.code;
      throw exception(raise, transportMessage(outcome.error.code, request.url));
    }
    entry.status = outcome.status;
    entry.responseBytes = outcome.body.length;
    const response = createHttpResponse(outcome.status, outcome.headers, outcome.body, raise);
    if (outcome.status >= 400 && !request.muteHttpExceptions) {
      throw exception(
        raise,
        failureMessage(request.url, outcome.status, response.getContentText()),
      );
    }
    return response;
  }
}

function withoutUrl(request: FetchParams & { url: string }): FetchParams {
  const { url: _url, ...params } = request;
  return params;
}

function failureMessage(url: string, status: number, text: string): string {
  const truncated =
    text.length > TRUNCATED_RESPONSE_CHARS ? `${text.slice(0, TRUNCATED_RESPONSE_CHARS)}...` : text;
  return (
    `Request failed for ${url} returned code ${status}. ` +
    `Truncated server response: ${truncated} (use muteHttpExceptions option to examine full response)`
  );
}

export function createUrlFetchApp(runtime: Runtime, options: UrlFetchOptions): UrlFetchAppApi {
  return guarded<UrlFetchAppApi>(
    'UrlFetchApp',
    new UrlFetchAppFake(runtime, options),
    runtime.raise,
  );
}
