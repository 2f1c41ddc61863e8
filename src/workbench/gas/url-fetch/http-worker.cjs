/**
 * Performs UrlFetch requests for a sandbox whose thread is blocked in Atomics.wait. The
 * sandbox posts { id, requests, timeoutMs } on the port; the worker answers with
 * { id, results } on the same port, then flips the shared flag to wake the sandbox.
 * Should the worker die anyway, it marks itself dead and wakes the sandbox on its way out.
 *
 * Plain CommonJS on purpose: worker threads get no TypeScript loader under jest or tsx.
 */
const { workerData } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');

const { port, signal } = workerData;
const flag = new Int32Array(signal);
const WAKE = 0;
const DEAD = 1;
const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that describe a body; they must go when a redirect drops the body. */
const BODY_HEADERS = new Set(['content-length', 'content-type', 'content-encoding']);

function wake() {
  Atomics.store(flag, WAKE, 1);
  Atomics.notify(flag, WAKE);
}

process.on('exit', () => {
  Atomics.store(flag, DEAD, 1);
  wake();
});

function failure(error) {
  return { error: { code: error?.code || 'UNKNOWN', message: String(error?.message ?? error) } };
}

function headerPairs(rawHeaders) {
  const pairs = [];
  for (let index = 0; index < rawHeaders.length; index += 2) {
    pairs.push([rawHeaders[index], rawHeaders[index + 1]]);
  }
  return pairs;
}

function once(request, deadline) {
  return new Promise((resolve) => {
    const url = new URL(request.url);
    const transport = url.protocol === 'https:' ? https : http;
    const outgoing = transport.request(
      url,
      {
        method: request.method,
        headers: request.headers,
        rejectUnauthorized: request.validateHttpsCertificates,
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', (error) => resolve(failure(error)));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: headerPairs(response.rawHeaders),
            body: new Uint8Array(Buffer.concat(chunks)),
          }),
        );
      },
    );
    outgoing.on('error', (error) => resolve(failure(error)));
    outgoing.setTimeout(Math.max(1, deadline - Date.now()), () =>
      outgoing.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' })),
    );
    outgoing.end(request.body ? Buffer.from(request.body) : undefined);
  });
}

/** Follows redirects as Apps Script does by default; 303 and the old 301/302 switch to GET. */
async function perform(request, deadline) {
  let current = request;
  for (let hop = 0; ; hop += 1) {
    const result = await once(current, deadline);
    const location = result.headers?.find(([name]) => name.toLowerCase() === 'location')?.[1];
    if (
      !request.followRedirects ||
      !REDIRECTS.has(result.status) ||
      !location ||
      hop >= MAX_REDIRECTS
    ) {
      return result;
    }
    const keepsBody = result.status === 307 || result.status === 308;
    current = {
      ...current,
      url: new URL(location, current.url).toString(),
      method: keepsBody ? current.method : 'GET',
      headers: keepsBody ? current.headers : withoutBodyHeaders(current.headers),
      body: keepsBody ? current.body : undefined,
    };
  }
}

function withoutBodyHeaders(headers) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !BODY_HEADERS.has(name.toLowerCase())),
  );
}

port.on('message', async ({ id, requests, timeoutMs }) => {
  const deadline = Date.now() + timeoutMs;
  // A request that throws (a bad URL or redirect target) fails on its own; the worker lives on.
  const results = await Promise.all(
    requests.map((request) => perform(request, deadline).catch(failure)),
  );
  port.postMessage({ id, results });
  wake();
});
