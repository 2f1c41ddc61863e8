/**
 * Probes for load balancers and orchestrators: /healthz says the process answers,
 * /readyz that it can reach its database (503 with Retry-After when it cannot).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '../../shared/contract';
import { ApiError } from '../api-error';
import { RETRY_AFTER_SECONDS } from '../plugins/error-handler';
import { checkStore } from '../store/database';
import { responses } from './schemas';

/** Probes run often and from few addresses: the per-user rate limit does not apply. */
const probe = { rateLimit: false } as const;

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { config: probe, schema: { summary: 'Liveness', response: responses({ 200: Health }) } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    { config: probe, schema: { summary: 'Readiness', response: responses({ 200: Health }) } },
    async (request) => {
      try {
        await checkStore(app.services.data.db);
      } catch (error) {
        request.log.warn({ err: { code: (error as { code?: unknown }).code } }, 'store not ready');
        throw new ApiError('unavailable', 'The database is unreachable.', RETRY_AFTER_SECONDS);
      }
      return { status: 'ok' as const };
    },
  );
};
