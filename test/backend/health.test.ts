import { eachDatabase } from '../helpers/backend/databases';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('probes and documentation on %s', (_name, kind) => {
  const suite = setUpSuite(kind);

  it('answers /healthz and /readyz without a token', async () => {
    for (const url of ['/healthz', '/readyz']) {
      const response = await suite.backend.anonymous.get(url);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    }
  });

  it('serves an OpenAPI document describing every /v1 route', async () => {
    const response = await suite.backend.anonymous.get('/docs/json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/me',
        '/v1/events/{eventId}/meeting',
        '/v1/meetings/lookup',
        '/v1/meetings',
        '/v1/meetings/{id}/guests',
        '/v1/meetings/{id}',
        '/v1/meetings/{id}/agenda',
        '/v1/agenda/{itemId}',
        '/v1/meetings/{id}/notes',
        '/v1/notes/{itemId}',
        '/v1/meetings/{id}/messages',
        '/v1/messages/{itemId}',
        '/v1/meetings/{id}/files',
        '/v1/files/{itemId}',
      ]),
    );
  });

  it('answers an unknown route with a 404 error body', async () => {
    for (const url of ['/v1/nothing-here', '/nothing-here']) {
      const response = await suite.backend.anonymous.get(url);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: 'not_found', message: expect.any(String) });
    }
  });
});
