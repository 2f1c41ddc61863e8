import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../src/workbench/sandbox';
import { isolatedBackendEnv } from '../helpers/backend-env';
import { BUILT_CLI, eventuallyAnswers, startBuiltBackend } from '../helpers/backend/built-backend';
import {
  AUDIENCE,
  ISSUER,
  alice,
  startIdentityProvider,
  type IdentityProvider,
} from '../helpers/backend/identity';
import { newEventId } from '../helpers/backend/meetings';
import { tempDir } from '../helpers/temp-dir';

/** A native addon compiled by the repository's own install (see the production test). */
const SQLITE_ADDON = path.join(
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('the backend as a service', () => {
  let idp: IdentityProvider;

  beforeAll(async () => {
    idp = await startIdentityProvider();
  });

  afterAll(() => idp.close());

  function identityEnv(): Record<string, string> {
    return {
      MINGWORK_OIDC_AUDIENCES: AUDIENCE,
      MINGWORK_OIDC_ISSUERS: ISSUER,
      MINGWORK_OIDC_JWKS_URL: idp.jwksUrl,
    };
  }

  it('runs from a production install (npm ci --omit=dev) of the built output: starts, migrates, answers /readyz', async () => {
    const root = tempDir('production-install');
    for (const file of ['package.json', 'package-lock.json']) {
      copyFileSync(path.join(REPO_ROOT, file), path.join(root, file));
    }
    cpSync(
      path.join(REPO_ROOT, path.dirname(BUILT_CLI)),
      path.join(root, path.dirname(BUILT_CLI)),
      {
        recursive: true,
      },
    );
    // Offline-fast from npm's cache. Install scripts would compile better-sqlite3 for minutes
    // (no prebuilt binary can be downloaded here): its addon, built by the repository's own
    // install from the same locked version for this Node, is copied in instead.
    const install = spawnSync(
      'npm',
      ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(install.stderr.split('\n').filter((line) => /ERR!/.test(line))).toEqual([]);
    expect(install.status).toBe(0);
    mkdirSync(path.dirname(path.join(root, SQLITE_ADDON)), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, SQLITE_ADDON), path.join(root, SQLITE_ADDON));
    // What development needs is not there: the backend runs without it.
    for (const devOnly of ['tsx', 'typescript', 'esbuild', 'jest']) {
      expect(existsSync(path.join(root, 'node_modules', devOnly))).toBe(false);
    }

    const backend = await startBuiltBackend({
      root,
      env: {
        NODE_ENV: 'production',
        ...isolatedBackendEnv('production'),
        ...identityEnv(),
        MINGWORK_LOG_LEVEL: 'warn',
      },
    });
    try {
      expect(await eventuallyAnswers(`${backend.url}/readyz`, 200)).toBe(200);
      const response = await fetch(`${backend.url}/v1/me`, {
        headers: { authorization: `Bearer ${await idp.tokenFor(alice)}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    } finally {
      expect(await backend.stop()).toBe(0);
    }
  }, 180_000);

  it('on SIGTERM finishes a request already in flight, takes no new one, closes the database and exits 0', async () => {
    const env = isolatedBackendEnv('sigterm');
    const backend = await startBuiltBackend({
      env: { ...env, ...identityEnv(), MINGWORK_LOG_LEVEL: 'info' },
    });
    const body = JSON.stringify({ eventId: newEventId(), guestDigests: [] });
    const half = Math.floor(body.length / 2);
    const { port } = new URL(backend.url);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    socket.write(
      [
        'POST /v1/meetings HTTP/1.1',
        'Host: 127.0.0.1',
        `Authorization: Bearer ${await idp.tokenFor(alice)}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body.slice(0, half),
      ].join('\r\n'),
    );
    await backend.waitForLine(/incoming request/);

    backend.child.kill('SIGTERM');
    await backend.waitForLine(/shutting down/);
    // A new client is turned away while the old request is still being received.
    await expect(fetch(`${backend.url}/healthz`)).rejects.toThrow();
    socket.end(body.slice(half));

    expect(await answer).toMatch(/^HTTP\/1\.1 201 /);
    expect(await backend.stop()).toBe(0);
    // SQLite removes its write-ahead log when the last connection closes cleanly.
    const dbFile = env.MINGWORK_DB_URL!.slice('sqlite:'.length);
    expect(existsSync(dbFile)).toBe(true);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  }, 60_000);
});
