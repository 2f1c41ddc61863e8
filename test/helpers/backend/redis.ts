/**
 * The Redis that rate-limit tests share counters through: MINGWORK_TEST_REDIS_URL (e.g.
 * redis://127.0.0.1:6379). Locally those tests skip without it; under CI=true they must run
 * (.ci/run starts Redis and sets it). Each test counts under its own key prefix, so tests
 * running in parallel on one Redis never share a budget.
 */
import { randomBytes } from 'node:crypto';

const REDIS_URL = process.env.MINGWORK_TEST_REDIS_URL;

export const REDIS_TESTS_RUN = Boolean(REDIS_URL) || process.env.CI === 'true';
export const describeWithRedis: jest.Describe = REDIS_TESTS_RUN ? describe : describe.skip;

export function testRedisUrl(): string {
  if (!REDIS_URL) {
    throw new Error('Set MINGWORK_TEST_REDIS_URL: under CI=true the Redis tests must run.');
  }
  return REDIS_URL;
}

export function freshKeyPrefix(): string {
  return `mingwork-test:${randomBytes(6).toString('hex')}:`;
}
