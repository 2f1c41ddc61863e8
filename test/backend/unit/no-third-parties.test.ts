/**
 * Policy: "We do not sell your personal data", and DESIGN §1: the backend calls no one but
 * Google's key set. The backend's only outbound request is jose's fetch of the JWKS in
 * auth/id-token.ts; this fails when any other file of the backend gains a way to call out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const BACKEND = path.resolve(__dirname, '../../../src/backend');

/** Ways Node code reaches another host (a type-only import reaches nothing). */
const OUTBOUND = [
  /\bfetch\(/,
  /^import (?!type )[^;]*from ['"]node:(http|https|http2|net|tls|dgram)['"]/m,
  /require\(['"](node:)?(http|https|http2|net|tls|dgram)['"]\)/,
  /from ['"](axios|got|undici|node-fetch|request|superagent)['"]/,
  /createRemoteJWKSet/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('the backend', () => {
  it('reaches out to one place only: Google’s signing keys, from auth/id-token.ts', () => {
    const calling = sources(BACKEND)
      .filter((file) => OUTBOUND.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => path.relative(BACKEND, file));
    expect(calling).toEqual(['auth/id-token.ts']);
  });
});
