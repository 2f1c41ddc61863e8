/**
 * Verifies the Google ID tokens the add-on sends (`ScriptApp.getIdentityToken()`):
 * RS256 only, signature from the configured JWKS, issuer, audience, expiry and a verified
 * email. A verified token is cached by its hash until it expires, so a sidebar that makes
 * several calls pays for one verification.
 */
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config';

export interface VerifiedIdentity {
  sub: string;
  /** Lowercased. */
  email: string;
  /** The Workspace domain, or null for a consumer account. */
  hd: string | null;
  name: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`Invalid ID token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** The signing keys could not be fetched: the caller should retry, the token may be fine. */
export class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The identity provider key set is unavailable.', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

export interface IdTokenVerifier {
  verify(token: string): Promise<VerifiedIdentity>;
}

const CLOCK_TOLERANCE_SECONDS = 30;
const MAX_CACHED_TOKENS = 10_000;

/**
 * Longer claims than Google ever sends are refused here, where they are a bad token (401),
 * rather than failing where they are stored. `sub` fits users.sub; `hd` is a DNS name;
 * an email is at most 64 characters, `@` and a 255-character domain.
 */
const MAX_SUB_LENGTH = 255;
const MAX_HD_LENGTH = 253;
const MAX_EMAIL_LENGTH = 320;

function identityFrom(payload: JWTPayload): VerifiedIdentity {
  const {
    sub,
    email,
    email_verified: emailVerified,
    hd,
    name,
    exp,
  } = payload as JWTPayload & {
    email?: unknown;
    email_verified?: unknown;
    hd?: unknown;
    name?: unknown;
  };
  if (typeof sub !== 'string' || !sub) throw new InvalidTokenError('no subject');
  if (sub.length > MAX_SUB_LENGTH) throw new InvalidTokenError('subject too long');
  if (typeof email !== 'string' || !email.includes('@')) throw new InvalidTokenError('no email');
  if (email.length > MAX_EMAIL_LENGTH) throw new InvalidTokenError('email too long');
  if (typeof hd === 'string' && hd.length > MAX_HD_LENGTH) {
    throw new InvalidTokenError('hosted domain too long');
  }
  // Google has sent this claim both as a boolean and as the string "true".
  if (emailVerified !== true && emailVerified !== 'true')
    throw new InvalidTokenError('email not verified');
  return {
    sub,
    email: email.toLowerCase(),
    hd: typeof hd === 'string' && hd ? hd.toLowerCase() : null,
    name: typeof name === 'string' && name ? name : null,
    exp: exp as number,
  };
}

function isKeySetFailure(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose reports a non-200 or unparsable key set response with its generic code.
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  // Anything else comes from the network while fetching the key set.
  return true;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function createIdTokenVerifier(
  oidc: OidcConfig,
  now: () => number = Date.now,
): IdTokenVerifier {
  const keySet = createRemoteJWKSet(new URL(oidc.jwksUrl), {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
  });
  const cache = new Map<string, VerifiedIdentity>();

  function remember(hash: string, identity: VerifiedIdentity): void {
    if (cache.size >= MAX_CACHED_TOKENS) {
      const nowSeconds = now() / 1000;
      for (const [key, cached] of cache) if (cached.exp <= nowSeconds) cache.delete(key);
      if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(hash, identity);
  }

  return {
    async verify(token) {
      const hash = tokenHash(token);
      const cached = cache.get(hash);
      if (cached && cached.exp > now() / 1000) return cached;
      cache.delete(hash);

      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keySet, {
          algorithms: ['RS256'],
          issuer: oidc.issuers,
          audience: oidc.audiences,
          requiredClaims: ['exp', 'sub'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: new Date(now()),
        }));
      } catch (error) {
        if (isKeySetFailure(error)) throw new KeySetUnavailableError(error);
        throw new InvalidTokenError((error as InstanceType<typeof errors.JOSEError>).code);
      }
      const identity = identityFrom(payload);
      remember(hash, identity);
      return identity;
    },
  };
}
