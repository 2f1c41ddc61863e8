import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { RateLimit } from '../../src/backend/plugins/rate-limit';
import { loadConfig } from '../../src/backend/config';
import { startBackend, type TestBackend } from '../helpers/backend/app';
import { sqliteDatabase } from '../helpers/backend/databases';
import { alice, bob, carol, type TestUser } from '../helpers/backend/identity';
import { describeWithRedis, freshKeyPrefix, testRedisUrl } from '../helpers/backend/redis';
import { setUpSuite } from '../helpers/backend/suite';
import { startTcpForwarder } from '../helpers/tcp-forwarder';
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

describeWithRedis('budgets shared through Redis (MINGWORK_REDIS_URL)', () => {
  const suite = setUpSuite(sqliteDatabase);
  const started: TestBackend[] = [];

  afterEach(async () => {
    await Promise.all(started.splice(0).map((backend) => backend.app.close()));
  });

  /** An instance on the suite's database whose counters live in Redis at `redisUrl`. */
  async function instance(redisUrl: string, limit: RateLimit): Promise<TestBackend> {
    const backend = await startBackend({ ...suite.config, redisUrl }, suite.idp, {
      store: suite.store,
      rateLimit: limit,
    });
    started.push(backend);
    return backend;
  }

  async function statusesAs(user: TestUser, instances: TestBackend[], count: number) {
    const statuses: number[] = [];
    for (let n = 0; n < count; n += 1) {
      statuses.push((await instances[n % instances.length]!.as(user).get('/v1/me')).status);
    }
    return statuses;
  }

  it("holds one user's budget across two instances, requests alternating between them", async () => {
    const limit = { max: 3, timeWindowMs: 60_000, keyPrefix: freshKeyPrefix() };
    const pair = [await instance(testRedisUrl(), limit), await instance(testRedisUrl(), limit)];
    expect(await statusesAs(alice, pair, 4)).toEqual([200, 200, 200, 429]);
    expect(await statusesAs(bob, pair, 1)).toEqual([200]);
  });

  it('holds the per-address budget across two instances, so bad tokens are refused there too', async () => {
    const limit = {
      max: 100,
      maxPerAddress: 3,
      timeWindowMs: 60_000,
      keyPrefix: freshKeyPrefix(),
    };
    const pair = [await instance(testRedisUrl(), limit), await instance(testRedisUrl(), limit)];
    const statuses: number[] = [];
    for (let n = 0; n < 4; n += 1) {
      const response = await pair[n % 2]!.request({
        method: 'GET',
        url: '/v1/me',
        headers: { authorization: 'Bearer not-a-token' },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('starts and limits each instance on its own while Redis is unreachable', async () => {
    // Nothing listens on port 1: every connection attempt is refused.
    const limit = { max: 3, timeWindowMs: 60_000, keyPrefix: freshKeyPrefix() };
    const backend = await instance('redis://127.0.0.1:1', limit);
    expect(await statusesAs(alice, [backend], 4)).toEqual([200, 200, 200, 429]);
  });

  it('counts in the process when Redis goes away mid-run, never answering 500, and shares again when it returns', async () => {
    const target = new URL(testRedisUrl());
    const hop = await startTcpForwarder(target.hostname, Number(target.port || 6379));
    const keyPrefix = freshKeyPrefix();
    const redis = new Redis(testRedisUrl());
    try {
      const backend = await instance(`redis://127.0.0.1:${hop.port}`, {
        max: 3,
        timeWindowMs: 60_000,
        keyPrefix,
      });
      expect(await statusesAs(alice, [backend], 2)).toEqual([200, 200]);

      await hop.cut();
      // The shared count (2) is out of reach: this instance counts afresh, up to the budget.
      expect(await statusesAs(alice, [backend], 4)).toEqual([200, 200, 200, 429]);

      await hop.restore();
      const sharedKeys = async () => (await redis.keys(`${keyPrefix}*`)).length;
      const before = await sharedKeys();
      let shared = false;
      for (let attempt = 0; attempt < 50 && !shared; attempt += 1) {
        expect((await backend.as(carol).get('/v1/me')).status).toBe(200);
        shared = (await sharedKeys()) > before;
        if (!shared) await sleep(200);
      }
      expect(shared).toBe(true);
    } finally {
      redis.disconnect();
      await hop.close();
    }
  });
});
