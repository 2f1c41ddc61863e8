/**
 * The backend, assembled in one place: the store, its background jobs and readiness, then
 * plugins (validation, errors, well-formed input, OpenAPI, rate limit), then routes. `server.ts` listens with it;
 * tests inject into it.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_REQUEST_BYTES } from '../shared/limits';
import { createIdTokenVerifier, type IdTokenVerifier } from './auth/id-token';
import type { BackendConfig } from './config';
import { createStoreKeys } from './crypto/store-keys';
import { deleteExpiredIdempotencyKeys } from './jobs/expire-idempotency-keys';
import { runPeriodically } from './jobs/run-periodically';
import { loggerOptions } from './logger';
import {
  answerClientError,
  answerFrameworkError,
  installErrorHandling,
} from './plugins/error-handler';
import { registerOpenApi } from './plugins/openapi';
import {
  DEFAULT_RATE_LIMIT,
  limitRequests,
  trustedProxies,
  type RateLimit,
} from './plugins/rate-limit';
import {
  DEFAULT_READINESS_TIMING,
  trackReadiness,
  type ReadinessTiming,
} from './plugins/readiness';
import { sendStrictTransportSecurity } from './plugins/strict-transport-security';
import { schemaErrorFormatter, validatorCompiler } from './plugins/validation';
import { acceptOnlyWellFormedInput } from './plugins/well-formed-input';
import { healthRoutes } from './routes/health';
import { v1Routes } from './routes/v1';
import type { Services } from './services';
import { openStore, type Store } from './store/database';

export interface AppDependencies {
  /** A migrated store the caller opened and will close; else one opened and migrated here. */
  store?: Store;
  verifier?: IdTokenVerifier;
  now?: () => Date;
  rateLimit?: RateLimit;
  /** Where log lines go (stdout by default): tests read them to check what is never logged. */
  logStream?: NodeJS.WritableStream;
  /** How often expired Idempotency-Keys are deleted; false for never (tests that run the job). */
  expireKeysEveryMs?: number | false;
  /** How the database's readiness is followed (tests shorten the waits). */
  readiness?: Partial<ReadinessTiming>;
}

/** Receiving a request body slower than this ends the request (slow-client protection). */
const REQUEST_TIMEOUT_MS = 30_000;
/** A handler still running after this answers 503, so a stuck database never hangs a client. */
const HANDLER_TIMEOUT_MS = 15_000;
/** Expired keys are already ignored; this only bounds how long their saved responses linger. */
const EXPIRE_KEYS_EVERY_MS = 10 * 60_000;

export async function buildApp(
  config: BackendConfig,
  deps: AppDependencies = {},
): Promise<FastifyInstance> {
  const keys = createStoreKeys(config);
  const store = deps.store ?? openStore(config.dbUrl);
  const now = deps.now ?? (() => new Date());

  const app = Fastify({
    logger: withStream(loggerOptions(config.logLevel), deps.logStream),
    trustProxy: trustedProxies(config.trustProxy),
    bodyLimit: MAX_REQUEST_BYTES,
    requestTimeout: REQUEST_TIMEOUT_MS,
    handlerTimeout: HANDLER_TIMEOUT_MS,
    schemaErrorFormatter,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // Checked by acceptOnlyWellFormedInput instead, so the refusal has a body.
    http: { requireHostHeader: false },
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (!deps.store) app.addHook('onClose', () => store.close());

  const services: Services = {
    config,
    data: {
      db: store.db,
      ...keys,
      now: () => now().getTime(),
    },
  };
  app.decorate('services', services);
  app.decorateRequest('account', null);
  app.decorateRequest('idempotency', null);

  const expireKeysEveryMs = deps.expireKeysEveryMs ?? EXPIRE_KEYS_EVERY_MS;
  if (expireKeysEveryMs !== false) {
    runPeriodically(app, {
      name: 'expire-idempotency-keys',
      everyMs: expireKeysEveryMs,
      run: () => deleteExpiredIdempotencyKeys(services.data),
    });
  }

  const readiness = trackReadiness(app, {
    db: store.db,
    keys,
    migrate: !deps.store,
    timing: { ...DEFAULT_READINESS_TIMING, ...deps.readiness },
  });

  app.setValidatorCompiler(validatorCompiler);
  installErrorHandling(app);
  acceptOnlyWellFormedInput(app);
  if (config.production) sendStrictTransportSecurity(app);
  await registerOpenApi(app);
  const limit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  await limitRequests(app, config, limit);

  await app.register(healthRoutes, { readiness });
  await app.register(v1Routes, {
    prefix: '/v1',
    verifier: deps.verifier ?? createIdTokenVerifier(config.oidc),
  });
  return app;
}

function withStream(
  options: FastifyServerOptions['logger'],
  stream: NodeJS.WritableStream | undefined,
): FastifyServerOptions['logger'] {
  return stream && typeof options === 'object' ? { ...options, stream } : options;
}
