import path from 'node:path';
import { BlockingHttpClient } from '../../src/workbench/gas/url-fetch/blocking-http';
import { createUrlFetchApp } from '../../src/workbench/gas/url-fetch/url-fetch-app';
import { budgetOf } from '../../src/workbench/gas/runtime';
import type { UrlFetchTraceEntry } from '../../src/workbench/gas/trace';
import { testContext } from '../helpers/workbench/context';
import { startServerProcess, type ServerProcess } from '../helpers/workbench/server-process';

let server: ServerProcess;
let http: BlockingHttpClient;

beforeAll(async () => {
  server = await startServerProcess();
  http = new BlockingHttpClient();
});

afterAll(async () => {
  await http.close();
  await server.stop();
});

function urlFetch(
  options: {
    deadlineMs?: number;
    budgetMs?: number;
    allowed?: string[];
    client?: BlockingHttpClient;
  } = {},
) {
  const context = testContext(options.budgetMs ? { budget: budgetOf(options.budgetMs) } : {});
  const app = createUrlFetchApp(context, {
    http: options.client ?? http,
    deadlineMs: options.deadlineMs ?? 60_000,
    allowedUrlPrefixes: options.allowed,
  });
  return { app, trace: context.trace as UrlFetchTraceEntry[] };
}

describe('UrlFetchApp fake', () => {
  test('fetch really reaches a server in another process and returns its delayed answer synchronously', () => {
    const { app } = urlFetch();
    const response = app.fetch(`${server.baseUrl}/delay?ms=300&text=late`);
    // Nothing asynchronous happened in this test: the answer is simply there.
    expect(response.getResponseCode()).toBe(200);
    expect(JSON.parse(response.getContentText())).toEqual({ text: 'late' });
    expect((response.getHeaders() as Record<string, string>)['Content-Type']).toBe(
      'application/json',
    );
  });

  test('sends method, headers and JSON payload as given', () => {
    const { app, trace } = urlFetch();
    const body = JSON.stringify({ eventIds: ['3k9v2q7m1c5h8d0f4a6b2e9g1j'] });
    const response = app.fetch(`${server.baseUrl}/echo`, {
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer token-123', 'Idempotency-Key': 'k1' },
      payload: body,
    });
    const echo = JSON.parse(response.getContentText());
    expect(echo).toMatchObject({ method: 'POST', body });
    expect(echo.headers).toMatchObject({
      authorization: 'Bearer token-123',
      'content-type': 'application/json',
      'idempotency-key': 'k1',
    });
    expect(echo.headers['user-agent']).toContain('Google-Apps-Script');
    expect(trace).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: `${server.baseUrl}/echo`,
        requestBytes: Buffer.byteLength(body),
        requestBody: body,
        status: 200,
        responseBytes: Buffer.byteLength(response.getContentText()),
      }),
    ]);
    expect(trace[0]!.requestHeaders.Authorization).toBe('Bearer [redacted]');
  });

  test('an object payload is sent as a form', () => {
    const { app } = urlFetch();
    const echo = JSON.parse(
      app
        .fetch(`${server.baseUrl}/echo`, { method: 'post', payload: { a: '1', b: 'x y' } })
        .getContentText(),
    );
    expect(echo.body).toBe('a=1&b=x+y');
    expect(echo.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  test('a 4xx throws Google’s message unless muteHttpExceptions is set', () => {
    const { app } = urlFetch();
    const url = `${server.baseUrl}/status/404`;
    expect(() => app.fetch(url)).toThrow(
      new RegExp(
        `^Request failed for ${url} returned code 404\\. Truncated server response: \\{"error":"not_found".*\\.\\.\\. \\(use muteHttpExceptions option to examine full response\\)$`,
      ),
    );
    const muted = app.fetch(url, { muteHttpExceptions: true });
    expect(muted.getResponseCode()).toBe(404);
    expect(JSON.parse(muted.getContentText()).error).toBe('not_found');
  });

  test('the thrown error is an Apps Script Exception', () => {
    const { app } = urlFetch();
    try {
      app.fetch(`${server.baseUrl}/status/500`);
      throw new Error('expected a failure');
    } catch (error) {
      expect(String(error)).toMatch(/^Exception: Request failed for .* returned code 500\./);
    }
  });

  test('fetchAll sends its requests at once and returns the answers in request order', () => {
    // /gather answers no request of a group before all of them arrived: sent one at a time,
    // the first would wait for the others until the deadline and fail as a timeout.
    const { app, trace } = urlFetch({ deadlineMs: 5_000 });
    const gather = (text: string) => `${server.baseUrl}/gather?group=fetchAll&count=3&text=${text}`;
    const responses = app.fetchAll([
      gather('first'),
      { url: `${server.baseUrl}/status/409`, muteHttpExceptions: true },
      { url: gather('second') },
      { url: gather('third') },
    ]);
    expect(responses.map((response) => response.getResponseCode())).toEqual([200, 409, 200, 200]);
    const answers = [0, 2, 3].map((index) => JSON.parse(responses[index]!.getContentText()));
    expect(answers.map((answer) => answer.text)).toEqual(['first', 'second', 'third']);
    expect(trace.map((entry) => entry.status)).toEqual([200, 409, 200, 200]);
  });

  test('follows redirects by default, not when told not to', () => {
    const { app } = urlFetch();
    const url = `${server.baseUrl}/redirect?to=/echo`;
    expect(JSON.parse(app.fetch(url).getContentText()).method).toBe('GET');
    expect(app.fetch(url, { followRedirects: false }).getResponseCode()).toBe(302);
  });

  test('a redirected POST: 301/302/303 become a GET without body or body headers, 307/308 keep both', () => {
    // Short deadline: a GET still announcing the old Content-Length would hang the server.
    const { app } = urlFetch({ deadlineMs: 3_000 });
    const postThrough = (status: number) =>
      JSON.parse(
        app
          .fetch(`${server.baseUrl}/redirect?to=/echo&status=${status}`, {
            method: 'post',
            contentType: 'application/json',
            payload: '{"a":1}',
          })
          .getContentText(),
      );
    for (const status of [301, 302, 303]) {
      const echo = postThrough(status);
      expect(echo).toMatchObject({ method: 'GET', body: '' });
      expect(echo.headers).not.toHaveProperty('content-length');
      expect(echo.headers).not.toHaveProperty('content-type');
    }
    for (const status of [307, 308]) {
      const echo = postThrough(status);
      expect(echo).toMatchObject({ method: 'POST', body: '{"a":1}' });
      expect(echo.headers['content-type']).toBe('application/json');
    }
  });

  test('a malformed URL is an invalid argument and leaves the client usable', () => {
    const { app, trace } = urlFetch();
    expect(() => app.fetch('http://exa mple.com/')).toThrow(
      expect.objectContaining({
        name: 'Exception',
        message: 'Invalid argument: http://exa mple.com/',
      }),
    );
    expect(trace).toEqual([]);
    expect(
      JSON.parse(app.fetch(`${server.baseUrl}/delay?ms=0&text=still`).getContentText()).text,
    ).toBe('still');
  });

  test('a redirect to a malformed or non-HTTP Location fails that fetch only', () => {
    const { app, trace } = urlFetch({ deadlineMs: 3_000 });
    for (const location of ['http://exa mple.com/', 'ftp://example.com/']) {
      const url = `${server.baseUrl}/redirect?to=${encodeURIComponent(location)}`;
      expect(() => app.fetch(url)).toThrow(`Request failed for ${url}: ERR_INVALID_`);
    }
    expect(trace.map((entry) => entry.error)).toEqual(['ERR_INVALID_URL', 'ERR_INVALID_PROTOCOL']);
    expect(
      JSON.parse(app.fetch(`${server.baseUrl}/delay?ms=0&text=still`).getContentText()).text,
    ).toBe('still');
  });

  test('a dying worker fails the waiting fetch at once, and the next fetch gets a new worker', async () => {
    const client = new BlockingHttpClient(
      path.join(__dirname, '../helpers/workbench/crashing-http-worker.cjs'),
    );
    try {
      const { app } = urlFetch({ client, deadlineMs: 30_000 });
      const started = performance.now();
      expect(() => app.fetch(`${server.baseUrl}/crash`)).toThrow(
        `Request failed for ${server.baseUrl}/crash: HTTP_WORKER_EXITED`,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(
        JSON.parse(app.fetch(`${server.baseUrl}/delay?ms=0&text=again`).getContentText()).text,
      ).toBe('again');
    } finally {
      await client.close();
    }
  });

  test('repeated headers come back as arrays from getAllHeaders', () => {
    const { app } = urlFetch();
    const response = app.fetch(`${server.baseUrl}/cookies`);
    expect(response.getAllHeaders()).toMatchObject({
      'Set-Cookie': ['a=1', 'b=2'],
      'X-Trace': 'abc',
    });
    expect(response.getBlob().getDataAsString()).toBe('ok');
  });

  test('a server slower than the UrlFetch deadline makes fetch fail with a timeout', () => {
    const { app, trace } = urlFetch({ deadlineMs: 200 });
    expect(() => app.fetch(`${server.baseUrl}/delay?ms=2000`)).toThrow(
      `Timeout: ${server.baseUrl}/delay?ms=2000`,
    );
    expect(trace[0]).toMatchObject({ error: 'TIMEOUT' });
    // The client stays usable after a timeout: the late answer is not mistaken for the next one.
    expect(
      JSON.parse(app.fetch(`${server.baseUrl}/delay?ms=0&text=next`).getContentText()).text,
    ).toBe('next');
  });

  test('time blocked in UrlFetch counts against the callback’s budget', () => {
    const { app } = urlFetch({ budgetMs: 200 });
    expect(() => app.fetch(`${server.baseUrl}/delay?ms=2000`)).toThrow(
      'Exceeded maximum execution time',
    );
  });

  test('a refused connection fails like Apps Script', () => {
    const { app } = urlFetch();
    expect(() => app.fetch('http://127.0.0.1:9/')).toThrow(
      'Address unavailable: http://127.0.0.1:9/',
    );
  });

  test('URLs over 2 KB and headers over 8 KB are refused before anything is sent', () => {
    const { app, trace } = urlFetch();
    expect(() => app.fetch(`${server.baseUrl}/echo?q=${'x'.repeat(2048)}`)).toThrow(
      'Limit Exceeded: URLFetch URL Length.',
    );
    expect(() =>
      app.fetch(`${server.baseUrl}/echo`, { headers: { 'X-Big': 'x'.repeat(8 * 1024) } }),
    ).toThrow('Limit Exceeded: URLFetch header size.');
    expect(trace).toEqual([]);
  });

  test('only URLs on the allow-list may be fetched', () => {
    const { app } = urlFetch({ allowed: ['https://api.mingwork.club/'] });
    expect(() => app.fetch(`${server.baseUrl}/echo`)).toThrow('is not allowed by the manifest');
  });

  test('a misspelt option is reported instead of silently ignored', () => {
    const { app } = urlFetch();
    expect(() => app.fetch(`${server.baseUrl}/echo`, { muteHttpException: true } as never)).toThrow(
      'UrlFetchApp.fetch option "muteHttpException" is not implemented by the workbench',
    );
  });
});
