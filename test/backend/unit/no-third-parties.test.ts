/**
 * Policy: "We do not sell your personal data", and DESIGN §1: the backend calls no one but
 * Google's key set. Besides jose's fetch of the JWKS in auth/id-token.ts, the backend only
 * connects to the operator's own services: its database (store/database.ts) and, when
 * configured, its Redis for shared rate limits (plugins/shared-counters.ts). This fails when
 * any other file of the backend gains a way to call out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const BACKEND = path.resolve(__dirname, '../../../src/backend');

/** Node's networking modules: importing a value from them can open a connection. */
const NETWORK_MODULE = /['"](node:)?(http|https|http2|net|tls|dgram)['"]/;
/** Values of those modules that only describe things: a status text, whether a string is an IP. */
const HARMLESS = new Set(['STATUS_CODES', 'isIP', 'isIPv4', 'isIPv6']);

/** Ways Node code reaches another host (a type-only import reaches nothing). */
const CLIENTS = [
  /\bfetch\(/,
  /from ['"](axios|got|undici|node-fetch|request|superagent)['"]/,
  /createRemoteJWKSet/,
  /from ['"](mysql2|ioredis)['"]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Values imported from a networking module, other than the harmless ones. */
function networkImports(source: string): string[] {
  return [...source.matchAll(/^import (?!type )\{([^}]*)\} from (['"][^'"]+['"])/gm)]
    .filter(([, , from]) => NETWORK_MODULE.test(from!))
    .flatMap(([, names]) => names!.split(',').map((name) => name.trim()))
    .filter((name) => name && !name.startsWith('type ') && !HARMLESS.has(name))
    .concat(
      [...source.matchAll(/^import (?!type )(\w+|\* as \w+) from (['"][^'"]+['"])/gm)]
        .filter(([, , from]) => NETWORK_MODULE.test(from!))
        .map(([, name]) => name!),
      /require\(['"](node:)?(http|https|http2|net|tls|dgram)['"]\)/.test(source) ? ['require'] : [],
    );
}

function outbound(file: string): boolean {
  const source = readFileSync(file, 'utf8');
  return networkImports(source).length > 0 || CLIENTS.some((pattern) => pattern.test(source));
}

describe('the backend', () => {
  it("reaches out to Google's signing keys and the operator's own database and Redis only", () => {
    const calling = sources(BACKEND)
      .filter(outbound)
      .map((file) => path.relative(BACKEND, file))
      .sort();
    expect(calling).toEqual([
      'auth/id-token.ts',
      'plugins/shared-counters.ts',
      'store/database.ts',
    ]);
  });

  it.each([
    ["import { request } from 'node:https';", true],
    ["import http from 'node:http';", true],
    ["import { connect } from 'node:net';", true],
    ["const net = require('net');", true],
    ["await fetch('https://example.com/collect');", true],
    ["import { STATUS_CODES } from 'node:http';", false],
    ["import { isIP } from 'node:net';", false],
    ["import type { Socket } from 'node:net';", false],
  ])('tells a way to call out from a harmless import: %s', (line, calls) => {
    const source = `${line}\n`;
    expect(networkImports(source).length > 0 || CLIENTS.some((p) => p.test(source))).toBe(calls);
  });
});
