/**
 * Serves the local issuer's discovery document and key set. It runs in a worker thread so it
 * can answer a backend's key lookup while the sandbox's thread is blocked in a UrlFetch.
 *
 * Plain CommonJS on purpose: worker threads get no TypeScript loader under jest or tsx.
 */
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');

const { jwks, host } = workerData;
let issuer = '';

const server = http.createServer((request, response) => {
  const routes = {
    '/.well-known/openid-configuration': () => ({
      issuer,
      jwks_uri: `${issuer}/oauth2/v3/certs`,
      id_token_signing_alg_values_supported: ['RS256'],
      subject_types_supported: ['public'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'aud',
        'email',
        'email_verified',
        'exp',
        'hd',
        'iat',
        'iss',
        'name',
        'sub',
      ],
    }),
    '/oauth2/v3/certs': () => jwks,
  };
  const route = routes[new URL(request.url, issuer).pathname];
  response.setHeader('Content-Type', 'application/json');
  response.statusCode = route ? 200 : 404;
  response.end(JSON.stringify(route ? route() : { error: 'not_found' }));
});

server.listen(0, host, () => {
  issuer = `http://${host}:${server.address().port}`;
  parentPort.postMessage({ issuer });
});

parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => process.exit(0));
});
