import { STRICT_TRANSPORT_SECURITY } from '../../src/backend/plugins/strict-transport-security';
import { startBackend, type TestBackend } from '../helpers/backend/app';
import { sqliteDatabase } from '../helpers/backend/databases';
import { alice } from '../helpers/backend/identity';
import { setUpSuite } from '../helpers/backend/suite';

describe('Strict-Transport-Security', () => {
  const suite = setUpSuite(sqliteDatabase);

  async function headersOfEveryKind(backend: TestBackend) {
    const responses = [
      await backend.anonymous.get('/healthz'),
      await backend.anonymous.get('/nothing-here'),
      await backend.anonymous.get('/v1/me'),
      await backend.as(alice).get('/v1/me'),
      await backend.as(alice).post('/v1/meetings', { eventId: 'e1', extra: true }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 401, 200, 400]);
    return responses.map((r) => r.headers['strict-transport-security']);
  }

  it('is sent on every response in production, errors included', async () => {
    const production = await startBackend({ ...suite.config, production: true }, suite.idp, {
      store: suite.store,
    });
    try {
      const sent = await headersOfEveryKind(production);
      expect(sent).toEqual(sent.map(() => STRICT_TRANSPORT_SECURITY));
      expect(STRICT_TRANSPORT_SECURITY).toMatch(/max-age=\d{7,}/);
    } finally {
      await production.app.close();
    }
  });

  it('is not sent in development, where the backend is plain http on 127.0.0.1', async () => {
    const sent = await headersOfEveryKind(suite.backend);
    expect(sent.every((header) => header === undefined)).toBe(true);
  });
});
