import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import {
  createIdTokenVerifier,
  InvalidTokenError,
  KeySetUnavailableError,
} from '../../../src/backend/auth/id-token';
import { tenantKeyOf } from '../../../src/backend/auth/tenant';

const ISSUER = 'https://accounts.google.com';
const AUDIENCE = 'client-1.apps.googleusercontent.com';

let server: Server;
let jwksUrl: string;
let jwksRequests = 0;
let signingKey: KeyLike;
let otherKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    jwksRequests += 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const claims = (overrides: JWTPayload = {}): JWTPayload => ({
  sub: '1001',
  email: 'Alice@Acme.example',
  email_verified: true,
  hd: 'acme.example',
  name: 'Alice',
  ...overrides,
});

function sign(
  payload: JWTPayload,
  options: { key?: KeyLike; iss?: string; aud?: string; exp?: string | number } = {},
) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '1h')
    .sign(options.key ?? signingKey);
}

const verifier = () =>
  createIdTokenVerifier({
    issuers: [ISSUER, 'accounts.google.com'],
    audiences: [AUDIENCE],
    jwksUrl,
  });

describe('ID token verification', () => {
  it('accepts a Google-shaped token and derives the identity and its tenant', async () => {
    const identity = await verifier().verify(await sign(claims()));
    expect(identity).toMatchObject({
      sub: '1001',
      email: 'alice@acme.example',
      hd: 'acme.example',
      name: 'Alice',
    });
    expect(tenantKeyOf(identity)).toBe('domain:acme.example');
    const consumer = await verifier().verify(await sign(claims({ hd: undefined, sub: '2002' })));
    expect(tenantKeyOf(consumer)).toBe('personal:2002');
  });

  it('verifies a token once and serves repeats from the cache', async () => {
    const v = verifier();
    const token = await sign(claims());
    await v.verify(token);
    const before = jwksRequests;
    await v.verify(token);
    await v.verify(token);
    expect(jwksRequests).toBe(before);
  });

  it.each([
    ['signed by another key', () => sign(claims(), { key: otherKey })],
    ['expired', () => sign(claims(), { exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['for another audience', () => sign(claims(), { aud: 'someone-else' })],
    ['from another issuer', () => sign(claims(), { iss: 'https://evil.example' })],
    ['with an unverified email', () => sign(claims({ email_verified: false }))],
    ['without an email', () => sign(claims({ email: undefined }))],
    [
      'with alg none',
      async () => {
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString(
          'base64url',
        );
        const exp = Math.floor(Date.now() / 1000) + 3600;
        const body = Buffer.from(
          JSON.stringify({ ...claims(), iss: ISSUER, aud: AUDIENCE, exp }),
        ).toString('base64url');
        return `${header}.${body}.`;
      },
    ],
    [
      'signed with HS256',
      () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .sign(Buffer.alloc(32, 1)),
    ],
    ['that is not a JWT', async () => 'not-a-token'],
  ])('rejects a token %s', async (_label, makeToken) => {
    await expect(verifier().verify(await makeToken())).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('reports an unreachable key set as unavailable, not as a bad token', async () => {
    const v = createIdTokenVerifier({
      issuers: [ISSUER],
      audiences: [AUDIENCE],
      jwksUrl: 'http://127.0.0.1:1/certs',
    });
    await expect(v.verify(await sign(claims()))).rejects.toBeInstanceOf(KeySetUnavailableError);
  });
});
