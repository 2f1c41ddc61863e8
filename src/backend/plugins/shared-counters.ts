/**
 * Rate-limit counters shared by every instance through Redis (MINGWORK_REDIS_URL), so a
 * budget holds however a load balancer spreads a client's requests.
 *
 * When Redis cannot answer, each instance counts on its own until it can again: the same
 * limits as without Redis, per process. Refusing every request (failing closed) would turn
 * a cache outage into a full outage; counting nothing (failing open) would drop the brake
 * on bad-token floods exactly when something is already wrong. Redis is asked with a short
 * timeout and no queue, so an outage never holds a request up, and never makes it a 500.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { loggableFailure } from '../logger';

/**
 * A counter store as @fastify/rate-limit calls it: with the window and the budget too, which
 * its published store type leaves out.
 */
interface CounterStore {
  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindowMs: number,
    max: number,
  ): void;
  child(routeOptions: object): CounterStore;
}

// The plugin's own stores, reused rather than counting a second way; it ships them untyped.
/* eslint-disable @typescript-eslint/no-require-imports */
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  redis: Redis,
  keyPrefix: string,
) => CounterStore;
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
) => CounterStore;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A counter that takes longer than this is counted locally instead. */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2_000;
/** How long start-up waits for Redis before serving with local counters meanwhile. */
const READY_WAIT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface SharedCounters {
  /** For @fastify/rate-limit's `store` option. */
  store: FastifyRateLimitStoreCtor;
  close(): Promise<void>;
}

/**
 * Connects to Redis (waiting briefly, never failing: an unreachable Redis only means local
 * counting for now). `keyPrefix` keeps apps that share a Redis apart (tests; several
 * deployments).
 */
export async function connectSharedCounters(
  url: string,
  keyPrefix: string,
  log: FastifyBaseLogger,
): Promise<SharedCounters> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
  const health = new SharedHealth(log);
  // Without a listener, ioredis prints each failed reconnect; one warning per outage is enough.
  redis.on('error', (error: unknown) => health.failed(error));
  await Promise.race([once(redis, 'ready'), sleep(READY_WAIT_MS)]).catch(() => undefined);

  const shared = new RedisStore(false, false, redis, keyPrefix);
  const local = new LocalStore(false, false);
  class SharedOrLocalStore extends FallbackStore {
    constructor() {
      super(shared, local, health);
    }
  }
  return {
    // The plugin's published store type leaves out the window and budget it passes to incr.
    store: SharedOrLocalStore as unknown as FastifyRateLimitStoreCtor,
    close: async () => redis.disconnect(),
  };
}

/** Logs when counting turns local and when it is shared again, not every failure between. */
class SharedHealth {
  private degraded = false;

  constructor(private readonly log: FastifyBaseLogger) {}

  failed(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    this.log.warn(
      { failure: loggableFailure(error) },
      'rate-limit counters unreachable in Redis; counting in this process meanwhile',
    );
  }

  answered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.log.info('rate-limit counters shared through Redis again');
  }
}

class FallbackStore implements CounterStore {
  constructor(
    private readonly shared: CounterStore,
    private readonly local: CounterStore,
    private readonly health: SharedHealth,
  ) {}

  incr(...[key, callback, timeWindowMs, max]: Parameters<CounterStore['incr']>): void {
    this.shared.incr(
      key,
      (error, result) => {
        if (!error) {
          this.health.answered();
          return callback(null, result);
        }
        this.health.failed(error);
        this.local.incr(key, callback, timeWindowMs, max);
      },
      timeWindowMs,
      max,
    );
  }

  child(routeOptions: object): CounterStore {
    return new FallbackStore(
      this.shared.child(routeOptions),
      this.local.child(routeOptions),
      this.health,
    );
  }
}
