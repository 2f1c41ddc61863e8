/**
 * Turns UrlFetchApp's (url, params) into an HTTP request the way Apps Script does, and
 * enforces its limits before anything leaves the sandbox.
 */
import { toBuffer } from '../bytes';
import { BlobFake } from '../blob';
import { LIMITS, utf8Bytes } from '../limits';
import { notImplementedMessage } from '../not-implemented';
import { exception, type Raise } from '../runtime';
import type { HttpRequest } from './blocking-http';

export type FetchParams = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

const KNOWN_PARAMS = [
  'method',
  'contentType',
  'headers',
  'payload',
  'muteHttpExceptions',
  'followRedirects',
  'validateHttpsCertificates',
  'escaping',
] as const;
const METHODS = ['GET', 'DELETE', 'PATCH', 'POST', 'PUT'];
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const MAX_PAYLOAD_BYTES = 50 * 1024 * 1024;
/** Apps Script identifies itself; backends see this user agent. */
export const USER_AGENT =
  'Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: workbench)';

export interface PreparedRequest extends HttpRequest {
  muteHttpExceptions: boolean;
}

function payloadBytes(payload: FetchParams['payload']): Buffer | undefined {
  if (payload === undefined || payload === null) return undefined;
  if (payload instanceof BlobFake) return payload.toBuffer();
  if (typeof payload === 'string' || Array.isArray(payload)) {
    return toBuffer(payload as string | number[]);
  }
  // An object payload is sent as an HTML form.
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) form.append(key, String(value));
  return Buffer.from(form.toString());
}

function headerBytes(headers: Record<string, string>): number {
  return Object.entries(headers).reduce(
    (total, [name, value]) => total + utf8Bytes(`${name}: ${value}\r\n`),
    0,
  );
}

/** Apps Script refuses what is not an absolute http(s) URL, e.g. one with a space in the host. */
function isHttpUrl(target: string): boolean {
  return /^https?:\/\//i.test(target) && URL.canParse(target);
}

export function prepareRequest(
  raise: Raise,
  url: string,
  params: FetchParams = {},
): PreparedRequest {
  const unknown = Object.keys(params).find(
    (key) => !(KNOWN_PARAMS as readonly string[]).includes(key),
  );
  if (unknown !== undefined)
    throw raise(notImplementedMessage(`UrlFetchApp.fetch option "${unknown}"`));
  const target = String(url);
  if (utf8Bytes(target) > LIMITS.urlFetchUrlBytes)
    throw exception(raise, 'Limit Exceeded: URLFetch URL Length.');
  if (!isHttpUrl(target)) throw exception(raise, `Invalid argument: ${target}`);
  const method = String(params.method ?? 'get').toUpperCase();
  if (!METHODS.includes(method)) throw exception(raise, `Invalid argument: method`);
  const body = payloadBytes(params.payload);
  if (body && body.length > MAX_PAYLOAD_BYTES)
    throw exception(raise, 'Limit Exceeded: URLFetch POST Size.');
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT };
  for (const [name, value] of Object.entries(params.headers ?? {})) headers[name] = String(value);
  if (body) {
    headers['Content-Type'] = params.contentType ?? headers['Content-Type'] ?? FORM_CONTENT_TYPE;
    headers['Content-Length'] = String(body.length);
  }
  if (headerBytes(headers) > LIMITS.urlFetchHeaderBytes)
    throw exception(raise, 'Limit Exceeded: URLFetch header size.');
  return {
    url: target,
    method,
    headers,
    body,
    followRedirects: params.followRedirects !== false,
    validateHttpsCertificates: params.validateHttpsCertificates !== false,
    muteHttpExceptions: params.muteHttpExceptions === true,
  };
}
