/**
 * Probes for load balancers and orchestrators: /healthz says the process answers, /readyz
 * that its database is migrated and was reachable at the last background check (503 with
 * Retry-After otherwise). Neither touches the database, so neither can hang on it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '../../shared/contract';
import { ApiError } from '../api-error';
import { RETRY_AFTER_SECONDS } from '../plugins/error-handler';
import type { Readiness } from '../plugins/readiness';
import { responses } from './schemas';

/** Probes run often and from few addresses: the per-user rate limit does not apply. */
const probe = { rateLimit: false } as const;

export const healthRoutes: FastifyPluginAsyncTypebox<{ readiness: Readiness }> = async (
  app,
  { readiness },
) => {
  app.get(
    '/healthz',
    { config: probe, schema: { summary: 'Liveness', response: responses({ 200: Health }) } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    { config: probe, schema: { summary: 'Readiness', response: responses({ 200: Health }) } },
    async () => {
      if (!readiness.isReady()) {
        throw new ApiError('unavailable', 'The database is not ready.', RETRY_AFTER_SECONDS);
      }
      return { status: 'ok' as const };
    },
  );
};
