/** HTTPResponse: what UrlFetchApp.fetch returns. */
import { createBlob } from '../blob';
import { toScriptBytes } from '../bytes';
import { guarded, type Fake } from '../not-implemented';
import type { Raise } from '../runtime';

type HttpResponseApi = GoogleAppsScript.URL_Fetch.HTTPResponse;

export class HttpResponseFake implements Fake<HttpResponseApi> {
  constructor(
    private readonly status: number,
    private readonly headers: [string, string][],
    private readonly body: Buffer,
    private readonly raise: Raise,
  ) {}

  getResponseCode(): number {
    return this.status;
  }

  getContentText(charset?: string): string {
    return this.body.toString(charset?.toLowerCase() === 'us-ascii' ? 'ascii' : 'utf8');
  }

  getContent(): number[] {
    return toScriptBytes(this.body);
  }

  /** One value per header; a repeated header keeps its last value. */
  getHeaders(): Record<string, string> {
    return Object.fromEntries(this.headers);
  }

  /** Repeated headers (Set-Cookie) come back as arrays. */
  getAllHeaders(): Record<string, string | string[]> {
    const all: Record<string, string | string[]> = {};
    for (const [name, value] of this.headers) {
      const previous = all[name];
      all[name] = previous === undefined ? value : [previous, value].flat();
    }
    return all;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    const contentType = this.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    return createBlob(this.raise, this.body, contentType ?? null);
  }
}

export function createHttpResponse(
  status: number,
  headers: [string, string][],
  body: Uint8Array,
  raise: Raise,
): HttpResponseApi {
  return guarded<HttpResponseApi>(
    'HTTPResponse',
    new HttpResponseFake(status, headers, Buffer.from(body), raise),
    raise,
  );
}
