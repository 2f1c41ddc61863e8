/**
 * Whether the database can serve, known without asking it on each request. The service
 * starts whether or not the database answers: migrations run in the background, retried
 * with backoff until they succeed, and a periodic check follows. /readyz reports the last
 * known state (so a stuck database cannot stall the probe), and /v1 requests are refused
 * with 503 until the schema is in place.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { ApiError } from '../api-error';
import { loggableFailure } from '../logger';
import { probeStore } from '../store/database';
import type { StoreKeys } from '../store/context';
import { migrateToLatest } from '../store/migrations';
import type { Database } from '../store/tables';
import { RETRY_AFTER_SECONDS } from './error-handler';

export interface Readiness {
  /** The schema is in place and the last check reached the database. */
  isReady(): boolean;
}

export interface ReadinessTiming {
  /** How often the database is checked once it is up. */
  checkEveryMs: number;
  /** The first wait before retrying migrations; it doubles after each failure… */
  firstRetryMs: number;
  /** …up to this. */
  maxRetryMs: number;
  /** How long start-up waits for migrations before serving (503s) while they go on. */
  waitAtStartMs: number;
}

export const DEFAULT_READINESS_TIMING: ReadinessTiming = {
  checkEveryMs: 5_000,
  firstRetryMs: 500,
  maxRetryMs: 30_000,
  waitAtStartMs: 5_000,
};

/** A check that takes longer than this counts as failed (the database is stuck). */
const CHECK_TIMEOUT_MS = 3_000;
/** The API needs the schema; probes and the OpenAPI document do not. */
const API_PREFIX = '/v1/';

export interface ReadinessOptions {
  db: Kysely<Database>;
  /** Migration 0003 fills digests of existing meetings from encrypted emails. */
  keys: StoreKeys;
  /** False when the caller opened the store and already migrated it. */
  migrate: boolean;
  timing: ReadinessTiming;
}

export function trackReadiness(app: FastifyInstance, options: ReadinessOptions): Readiness {
  const { db, keys, timing } = options;
  const stopping = new AbortController();
  let migrated = !options.migrate;
  let reachable = false;
  let running: Promise<void> | undefined;

  const check = async () => {
    const wasReachable = reachable;
    try {
      await withTimeout(probeStore(db), CHECK_TIMEOUT_MS);
      reachable = true;
      if (!wasReachable) app.log.info('database ready');
    } catch (error) {
      reachable = false;
      if (wasReachable) {
        app.log.warn({ failure: loggableFailure(error) }, 'database not reachable');
      }
    }
  };

  const migrateUntilDone = async () => {
    for (
      let delay = timing.firstRetryMs;
      !migrated;
      delay = Math.min(delay * 2, timing.maxRetryMs)
    ) {
      try {
        const applied = await migrateToLatest(db, keys);
        if (applied.length > 0) app.log.info({ applied }, 'migrations applied');
        migrated = true;
      } catch (error) {
        app.log.warn(
          { failure: loggableFailure(error), retryInMs: delay },
          'migrations could not run; retrying',
        );
        await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
        if (stopping.signal.aborted) return;
      }
    }
    await check();
  };

  let timer: NodeJS.Timeout | undefined;
  const startUp = async () => {
    await migrateUntilDone();
    if (stopping.signal.aborted) return;
    timer = setInterval(() => {
      // A check slower than the interval is not joined by a second one.
      running ??= check().finally(() => {
        running = undefined;
      });
    }, timing.checkEveryMs);
    timer.unref();
  };

  let startedUp: Promise<void> | undefined;
  // Listening waits a little for the database, so a healthy start serves at once; a
  // database that is down or stuck only delays start-up by waitAtStartMs.
  app.addHook('onReady', async () => {
    startedUp = startUp();
    await Promise.race([startedUp, sleep(timing.waitAtStartMs, undefined, { ref: false })]);
  });
  // Fastify runs onClose hooks last-registered first: this one before the store is closed.
  app.addHook('onClose', async () => {
    stopping.abort();
    clearInterval(timer);
    await startedUp;
    await running;
  });

  app.addHook('onRequest', async (request) => {
    if (migrated || !request.url.startsWith(API_PREFIX)) return;
    throw new ApiError(
      'unavailable',
      'The database is not ready yet; retry shortly.',
      RETRY_AFTER_SECONDS,
    );
  });

  return { isReady: () => migrated && reachable };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  const timeout = new AbortController();
  return Promise.race([
    promise,
    sleep(ms, undefined, { signal: timeout.signal }).then(() => {
      throw new Error(`No answer within ${ms} ms.`);
    }),
  ]).finally(() => timeout.abort());
}
