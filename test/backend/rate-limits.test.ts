import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/backend/config';
import { startBackend, type TestBackend } from '../helpers/backend/app';
import { sqliteDatabase } from '../helpers/backend/databases';
import { setUpSuite } from '../helpers/backend/suite';
import { tempDir } from '../helpers/temp-dir';

const PER_ADDRESS = 3;

/** A different made-up address each call, as a client forging X-Forwarded-For would send. */
function forgedAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `198.${a}.${b}.${c}`;
}

/** MINGWORK_TRUST_PROXY as an operator writes it, read the way the server reads it. */
function trustProxySetting(value: string) {
  return loadConfig(
    { MINGWORK_TRUST_PROXY: value },
    { dataDir: tempDir('config'), notice: () => undefined },
  ).trustProxy;
}

/** Statuses of requests with a bad token (401 until the per-address budget runs out). */
async function badTokenStatuses(backend: TestBackend, forwardedFor: () => string, count: number) {
  const statuses: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const response = await backend.request({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: 'Bearer not-a-token', 'x-forwarded-for': forwardedFor() },
    });
    statuses.push(response.status);
  }
  return statuses;
}

describe('per-address limits behind the documented proxy', () => {
  const suite = setUpSuite(sqliteDatabase);

  async function behindProxy(trust: string, run: (backend: TestBackend) => Promise<void>) {
    const backend = await startBackend(
      { ...suite.config, trustProxy: trustProxySetting(trust) },
      suite.idp,
      {
        store: suite.store,
        rateLimit: { max: 100, maxPerAddress: PER_ADDRESS, timeWindowMs: 60_000 },
      },
    );
    try {
      await run(backend);
    } finally {
      await backend.app.close();
    }
  }

  // nginx's $proxy_add_x_forwarded_for keeps what the client sent and appends its address.
  it('counts a client that forges X-Forwarded-For as one client behind one trusted hop', async () => {
    await behindProxy('1', async (backend) => {
      const statuses = await badTokenStatuses(
        backend,
        () => `${forgedAddress()}, 127.0.0.1`,
        PER_ADDRESS + 1,
      );
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  it('still tells clients apart behind the proxy: each address has its own budget', async () => {
    await behindProxy('1', async (backend) => {
      await badTokenStatuses(backend, () => `${forgedAddress()}, 203.0.113.1`, PER_ADDRESS);
      expect(await badTokenStatuses(backend, () => '203.0.113.1', 1)).toEqual([429]);
      expect(await badTokenStatuses(backend, () => '203.0.113.2', 1)).toEqual([401]);
    });
  });

  it('trusts only the listed proxy addresses, so the client is the first untrusted hop', async () => {
    await behindProxy('127.0.0.0/8, ::1', async (backend) => {
      const statuses = await badTokenStatuses(
        backend,
        () => `${forgedAddress()}, 203.0.113.7`,
        PER_ADDRESS + 1,
      );
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(await badTokenStatuses(backend, () => '203.0.113.8', 1)).toEqual([401]);
    });
  });
});
