/**
 * A stand-in for Google's identity side: an RS256 key pair made for the test run, its
 * public key served as a JWKS from 127.0.0.1, and ID tokens signed with it the way
 * `ScriptApp.getIdentityToken()` tokens look.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

export const ISSUER = 'https://accounts.google.com';
export const AUDIENCE = 'mingwork-test.apps.googleusercontent.com';

export interface TestUser {
  sub: string;
  email: string;
  name: string;
  /** The Workspace domain; absent for a consumer account. */
  hd?: string;
}

/** A Workspace account: its domain (the `hd` claim) is its email's. */
export function workspaceUser(sub: string, email: string, name: string): TestUser {
  return { sub, email, name, hd: email.split('@')[1] };
}

export const alice = workspaceUser('1001', 'alice@acme.example', 'Alice Acme');
export const bob = workspaceUser('1002', 'bob@acme.example', 'Bob Acme');
export const eve = workspaceUser('1003', 'eve@acme.example', 'Eve Acme');
export const carol = workspaceUser('2001', 'carol@globex.example', 'Carol Globex');
/** A consumer account: no `hd`, so a personal tenant. */
export const dave: TestUser = { sub: '3001', email: 'dave@gmail.example', name: 'Dave Personal' };

export interface SignOptions {
  key?: KeyLike;
  iss?: string;
  aud?: string;
  /** Seconds since the epoch, or a jose time span such as "1h". */
  exp?: number | string;
  claims?: JWTPayload;
}

export interface IdentityProvider {
  jwksUrl: string;
  tokenFor(user: TestUser, options?: SignOptions): Promise<string>;
  /** A second RS256 key the JWKS does not list. */
  strangerKey: KeyLike;
  close(): Promise<void>;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`,
    strangerKey,
    tokenFor: (user, options = {}) => signIdToken(privateKey, user, options),
    close: () => closeServer(server),
  };
}

function signIdToken(key: KeyLike, user: TestUser, options: SignOptions): Promise<string> {
  return new SignJWT({
    email: user.email,
    email_verified: true,
    name: user.name,
    ...(user.hd && { hd: user.hd }),
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setSubject(user.sub)
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '1h')
    .sign(options.key ?? key);
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}
