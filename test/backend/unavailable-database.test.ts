import { openStore, type Store } from '../../src/backend/store/database';
import { startBackend, testConfig, type TestBackend } from '../helpers/backend/app';
import { alice, startIdentityProvider, type IdentityProvider } from '../helpers/backend/identity';

/** Nothing listens on port 1: every connection attempt is refused. */
const UNREACHABLE_MYSQL = 'mysql://root@127.0.0.1:1/mingwork';

describe('when the database is unreachable', () => {
  let idp: IdentityProvider;
  let store: Store;
  let backend: TestBackend;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    store = openStore(UNREACHABLE_MYSQL);
    backend = await startBackend(testConfig(UNREACHABLE_MYSQL, idp.jwksUrl), idp, { store });
  });

  afterAll(async () => {
    await backend.app.close();
    await store.close();
    await idp.close();
  });

  // The short timeouts only guard against a hang; the answers themselves are what is checked.
  it('reports not ready: 503 with Retry-After', async () => {
    const response = await backend.anonymous.get('/readyz');
    expect(response.status).toBe(503);
    expect(response.body.error).toBe('unavailable');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }, 10_000);

  it('answers API calls with 503 and Retry-After instead of hanging or failing with 500', async () => {
    const response = await backend.as(alice).get('/v1/me');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: 'unavailable', message: expect.any(String) });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }, 10_000);

  it('still answers liveness, which does not need the database', async () => {
    expect((await backend.anonymous.get('/healthz')).status).toBe(200);
  });
});
