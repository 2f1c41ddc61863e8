/**
 * A small HTTP server for UrlFetch tests. It must run in its own process: the test's thread
 * is blocked while the script waits for an answer, so a server in that thread could not reply.
 * Prints {"port": n} on its first stdout line.
 *
 *   /delay?ms=300&text=…  answers after a delay
 *   /gather?group=g&count=3&text=…
 *                         holds each request until `count` requests of group g are waiting, then
 *                         answers them with their text, the last to arrive first
 *   /status/404           answers with that status and a JSON error body
 *   /echo                 answers with the method, headers and body it received
 *   /redirect?to=/echo    answers 302 (or &status=307 …) to that Location
 *   /cookies              answers with two Set-Cookie headers
 */
const http = require('node:http');

/** Requests /gather holds, by group, until their group is complete. */
const gathering = new Map();

const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const json = (status, value) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (url.pathname === '/delay') {
      setTimeout(
        () => json(200, { text: url.searchParams.get('text') }),
        Number(url.searchParams.get('ms')),
      );
    } else if (url.pathname === '/gather') {
      const group = url.searchParams.get('group');
      const waiting = gathering.get(group) ?? [];
      gathering.set(group, waiting);
      waiting.push(() => json(200, { text: url.searchParams.get('text') }));
      if (waiting.length === Number(url.searchParams.get('count'))) {
        gathering.delete(group);
        waiting.reverse().forEach((answer, index) => setTimeout(answer, index * 100));
      }
    } else if (url.pathname.startsWith('/status/')) {
      json(Number(url.pathname.slice('/status/'.length)), {
        error: 'not_found',
        message: 'x'.repeat(500),
      });
    } else if (url.pathname === '/echo') {
      json(200, { method: request.method, headers: request.headers, body });
    } else if (url.pathname === '/redirect') {
      const status = Number(url.searchParams.get('status') ?? 302);
      response.writeHead(status, { Location: url.searchParams.get('to') });
      response.end();
    } else if (url.pathname === '/cookies') {
      response.writeHead(200, [
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
        ['X-Trace', 'abc'],
      ]);
      response.end('ok');
    } else {
      json(404, { error: 'no_route' });
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
