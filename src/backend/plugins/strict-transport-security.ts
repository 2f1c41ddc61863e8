/**
 * In production the backend is reached only over https, through the TLS-terminating proxy
 * in front of it (docs/DEPLOY.md): every response, errors included, tells clients to keep it
 * that way for a year, on this host and its subdomains.
 */
import type { FastifyInstance } from 'fastify';

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function sendStrictTransportSecurity(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    return payload;
  });
}
