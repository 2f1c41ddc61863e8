/** The OpenAPI document, generated from the route schemas and served at /docs/json. */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Mingwork backend',
        description:
          'The thin backend of Mingwork for Google Workspace. Errors are `{ error, message }`; ' +
          'writes honour `Idempotency-Key`.',
        version: '1',
      },
      components: {
        securitySchemes: {
          googleIdToken: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'Google ID token (ScriptApp.getIdentityToken())',
          },
        },
      },
    },
  });
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger());
}
