/**
 * A local OpenID Connect issuer standing in for accounts.google.com: it signs Google-shaped
 * ID tokens for world users (what ScriptApp.getIdentityToken returns in the sandbox) and
 * serves the key set the backend verifies them with.
 */
import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { IdTokenSigner } from './gas/script-app';
import type { WorldUser } from './gas/world';

const SERVER_FILE = path.join(__dirname, 'identity-server.cjs');
const TOKEN_LIFETIME_SECONDS = 3600;

export interface IdTokenClaims {
  iss: string;
  aud: string;
  azp: string;
  sub: string;
  email: string;
  email_verified: boolean;
  hd?: string;
  name: string;
  iat: number;
  exp: number;
}

export interface LocalIssuer extends IdTokenSigner {
  /** The `iss` of every token, e.g. http://127.0.0.1:43127 (set MINGWORK_OIDC_ISSUERS to it). */
  readonly issuer: string;
  /** Where the public keys are served (MINGWORK_OIDC_JWKS_URL). */
  readonly jwksUrl: string;
  readonly audience: string;
  /** Signs an ID token for a user; overrides let tests forge expired or foreign tokens. */
  signIdToken(user: WorldUser, overrides?: Partial<IdTokenClaims>): string;
  close(): Promise<void>;
}

export interface LocalIssuerOptions {
  /** The script's OAuth client id: the `aud` the backend accepts (MINGWORK_OIDC_AUDIENCES). */
  audience: string;
  host?: string;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Signs synchronously: the script asks for a token from a blocked, synchronous thread. */
function signJwt(header: object, claims: object, privateKey: KeyObject): string {
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(privateKey, 'base64url');
  return `${signingInput}.${signature}`;
}

export async function startLocalIssuer({
  audience,
  host = '127.0.0.1',
}: LocalIssuerOptions): Promise<LocalIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwks = {
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
  };
  const server = new Worker(SERVER_FILE, { workerData: { jwks, host } });
  const [{ issuer }] = (await once(server, 'message')) as [{ issuer: string }];
  server.unref();

  return {
    issuer,
    jwksUrl: `${issuer}/oauth2/v3/certs`,
    audience,
    signIdToken(user, overrides = {}) {
      const iat = Math.floor(Date.now() / 1000);
      const claims: IdTokenClaims = {
        iss: issuer,
        aud: audience,
        azp: audience,
        sub: user.sub,
        email: user.email,
        email_verified: true,
        ...(user.hd ? { hd: user.hd } : {}),
        name: user.name,
        iat,
        exp: iat + TOKEN_LIFETIME_SECONDS,
        ...overrides,
      };
      return signJwt({ alg: 'RS256', kid, typ: 'JWT' }, claims, privateKey);
    },
    async close() {
      server.postMessage('close');
      await once(server, 'exit');
    },
  };
}
