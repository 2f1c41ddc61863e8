/**
 * The authenticated API under /v1: every route here runs after the caller's ID token is
 * verified and the request is scoped to (tenant, user), and honours Idempotency-Key.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { IdTokenVerifier } from '../auth/id-token';
import { authenticateRequests } from '../plugins/authenticate';
import { honourIdempotencyKeys } from '../plugins/idempotency';
import { adminRoutes } from './admin';
import { agendaRoutes } from './agenda';
import { fileRoutes } from './files';
import { meRoutes } from './me';
import { meetingRoutes } from './meetings';
import { messageRoutes } from './messages';
import { noteRoutes } from './notes';

export const v1Routes: FastifyPluginAsyncTypebox<{ verifier: IdTokenVerifier }> = async (
  app,
  { verifier },
) => {
  authenticateRequests(app, verifier);
  honourIdempotencyKeys(app);
  await app.register(meRoutes);
  await app.register(meetingRoutes);
  await app.register(agendaRoutes);
  await app.register(noteRoutes);
  await app.register(messageRoutes);
  await app.register(fileRoutes);
  await app.register(adminRoutes);
};
