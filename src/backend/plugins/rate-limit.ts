/**
 * Request budgets. The main limiter runs after authentication, so it counts by the
 * verified user rather than by an address a whole office may share; unauthenticated
 * requests (probes, docs) count by IP. A second, more generous budget per address runs
 * before authentication, so that requests with bad tokens, which never reach the first,
 * cannot be sent without limit.
 *
 * With MINGWORK_REDIS_URL the counters are shared by every instance (shared-counters.ts);
 * without it they live in this process, and behind a load balancer each instance allows
 * the budget on its own.
 *
 * Behind a proxy, the client's address is the one the trusted hops vouch for in
 * X-Forwarded-For; entries further left were written by the client and count for nothing.
 */
import rateLimit, {
  type FastifyRateLimitStoreCtor,
  type RateLimitPluginOptions,
} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { BackendConfig } from '../config';
import { ApiError } from '../api-error';
import { connectSharedCounters } from './shared-counters';

export interface RateLimit {
  /** Requests per user (per address for requests without an account) in each window. */
  max: number;
  /** Requests per address in each window, counted before the token is checked. */
  maxPerAddress?: number;
  timeWindowMs: number;
  /** Where the counters live in a shared Redis, so that deployments (or tests) sharing one stay apart. */
  keyPrefix?: string;
}

/**
 * A sidebar makes a handful of calls per card; this leaves room for busy users only. An
 * office behind one address gets twice one user's budget before its bad tokens are refused.
 */
export const DEFAULT_RATE_LIMIT: Required<RateLimit> = {
  max: 300,
  maxPerAddress: 600,
  timeWindowMs: 60_000,
  keyPrefix: 'mingwork:rate-limit:',
};

/**
 * Fastify's trustProxy for the configured proxies. Fastify no longer honours a bare hop
 * count (it trusts nothing then), so a count becomes proxy-addr's rule: the nearest `hops`
 * addresses are proxies, the next one is the client.
 */
export function trustedProxies(
  trust: BackendConfig['trustProxy'],
): FastifyServerOptions['trustProxy'] {
  if (Array.isArray(trust)) return trust;
  return trust > 0 ? (_address: string, hop: number) => hop < trust : false;
}

/** Both budgets, counted in Redis when the config names one. */
export async function limitRequests(
  app: FastifyInstance,
  config: BackendConfig,
  limit: RateLimit,
): Promise<void> {
  let store: FastifyRateLimitStoreCtor | undefined;
  if (config.redisUrl) {
    const counters = await connectSharedCounters(
      config.redisUrl,
      limit.keyPrefix ?? DEFAULT_RATE_LIMIT.keyPrefix,
      app.log,
    );
    app.addHook('onClose', counters.close);
    store = counters.store;
  }
  await app.register(rateLimit, rateLimitOptions(limit, store));
  limitEachAddress(app, limit);
}

function rateLimitOptions(
  limit: RateLimit,
  store: FastifyRateLimitStoreCtor | undefined,
): RateLimitPluginOptions {
  return {
    global: true,
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    ...(store && { store }),
    keyGenerator: (request) =>
      request.account ? `user:${request.account.scope.userId}` : `address:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      tooManyRequests(context.max, limit.timeWindowMs, context.after),
  };
}

/** The per-address budget, as an onRequest hook ahead of authentication. */
function limitEachAddress(app: FastifyInstance, limit: RateLimit): void {
  const max = limit.maxPerAddress ?? DEFAULT_RATE_LIMIT.maxPerAddress;
  const check = app.createRateLimit({
    max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: (request) => `before-sign-in:${request.ip}`,
  });
  app.addHook('onRequest', async (request) => {
    // Routes exempt from the per-user limit (probes) are exempt from this one too.
    if (request.routeOptions.config.rateLimit === false) return;
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    throw tooManyRequests(
      max,
      limit.timeWindowMs,
      `${result.ttlInSeconds} seconds`,
      result.ttlInSeconds,
    );
  });
}

function tooManyRequests(
  max: number,
  timeWindowMs: number,
  after: string,
  retryAfterSeconds?: number,
): ApiError {
  return new ApiError(
    'rate_limited',
    `Too many requests: at most ${max} per ${timeWindowMs / 1000} seconds. Retry in ${after}.`,
    retryAfterSeconds,
  );
}
