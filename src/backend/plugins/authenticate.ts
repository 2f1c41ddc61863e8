/**
 * Every /v1 request carries the user's Google ID token as `Authorization: Bearer <token>`.
 * The hook verifies it and scopes the request to (tenant, user), creating both on a
 * user's first request, before any route touches the store.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../api-error';
import {
  InvalidTokenError,
  KeySetUnavailableError,
  type IdTokenVerifier,
  type VerifiedIdentity,
} from '../auth/id-token';
import { signIn, type Account } from '../store/accounts';
import { RETRY_AFTER_SECONDS } from './error-handler';

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;

export function authenticateRequests(app: FastifyInstance, verifier: IdTokenVerifier): void {
  app.addHook('onRequest', async (request) => {
    const identity = await verifiedIdentity(verifier, request);
    const { data, config } = app.services;
    const account = await signIn(data, identity, config.bootstrapAdmins);
    if (account.status === 'disabled' && !isAccountRead(request)) {
      throw new ApiError(
        'account_disabled',
        'This account has been disabled by its domain administrator.',
      );
    }
    request.account = account;
  });
}

/** A disabled account may still read GET /v1/me, so that the add-on can tell the user why. */
function isAccountRead(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.routeOptions.url === '/v1/me';
}

async function verifiedIdentity(
  verifier: IdTokenVerifier,
  request: FastifyRequest,
): Promise<VerifiedIdentity> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (!token) {
    throw new ApiError(
      'unauthenticated',
      'Send a Google ID token as "Authorization: Bearer <token>".',
    );
  }
  try {
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw new ApiError('unauthenticated', `The ID token was refused (${error.reason}).`);
    }
    if (error instanceof KeySetUnavailableError) {
      throw new ApiError(
        'unavailable',
        "Google's signing keys cannot be fetched right now; retry shortly.",
        RETRY_AFTER_SECONDS,
      );
    }
    throw error;
  }
}

/** The caller's account in a /v1 handler, where the hook above has always run. */
export function accountOf(request: FastifyRequest): Account {
  if (!request.account) throw new Error('accountOf() used outside an authenticated route.');
  return request.account;
}
