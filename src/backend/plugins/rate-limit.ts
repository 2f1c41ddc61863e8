/**
 * A per-user request budget. The limiter runs after authentication, so it counts by the
 * verified user rather than by an address a whole office may share; unauthenticated
 * requests (probes, docs) count by IP.
 *
 * The counters live in this process: behind a load balancer each instance allows the
 * budget on its own. That bounds abuse without shared state; a shared store (Redis) is
 * the upgrade if exact limits matter.
 */
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { ApiError } from '../api-error';

export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

/** A sidebar makes a handful of calls per card; this leaves room for busy users only. */
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 300, timeWindowMs: 60_000 };

export function rateLimitOptions(limit: RateLimit): RateLimitPluginOptions {
  return {
    global: true,
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: (request) => request.account?.scope.userId ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        'rate_limited',
        `Too many requests: at most ${context.max} per ${limit.timeWindowMs / 1000} seconds. Retry in ${context.after}.`,
      ),
  };
}
