import { deleteExpiredIdempotencyKeys } from '../../src/backend/jobs/expire-idempotency-keys';
import { startBackend, type TestBackend } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, carol, dave, type TestUser } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

const HOUR = 60 * 60 * 1000;

// Each database kind gets a fresh database: the job deletes every tenant's expired keys,
// so counts are exact only when no other test's keys are there.
describe.each(eachDatabase())('expired Idempotency-Keys on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  let clock = Date.now();
  const now = () => new Date(clock);

  const storedKeys = async () =>
    (await suite.store.db.selectFrom('idempotency_keys').select('idempotency_key').execute())
      .map((row) => row.idempotency_key)
      .sort();

  /** A keyed write by `user` in a meeting of their own; returns the key. */
  const keyedWrite = async (backend: TestBackend, user: TestUser, name: string) => {
    const { meetingId } = await startMeeting(backend, user);
    const key = `${name}-${newEventId()}`;
    const response = await backend
      .as(user)
      .post(`/v1/meetings/${meetingId}/messages`, { body: name }, { 'idempotency-key': key });
    expect(response.status).toBe(201);
    return key;
  };

  it('are deleted for every tenant in batches, and live keys are kept', async () => {
    const clocked = await startBackend(suite.config, suite.idp, {
      store: suite.store,
      now,
      expireKeysEveryMs: false,
    });
    try {
      // Three tenants: acme.example, globex.example and dave's personal one.
      const old = [
        await keyedWrite(clocked, alice, 'alice-old'),
        await keyedWrite(clocked, carol, 'carol-old'),
        await keyedWrite(clocked, dave, 'dave-old'),
      ];
      clock += 12 * HOUR;
      const live = [
        await keyedWrite(clocked, alice, 'alice-live'),
        await keyedWrite(clocked, carol, 'carol-live'),
      ];
      expect(await storedKeys()).toEqual([...old, ...live].sort());
      clock += 13 * HOUR;
      // Batches of two: three expired keys take a second batch.
      const deleted = await deleteExpiredIdempotencyKeys(clocked.app.services.data, 2);
      expect(deleted).toBe(3);
      expect(await storedKeys()).toEqual(live.sort());
      expect(await deleteExpiredIdempotencyKeys(clocked.app.services.data, 2)).toBe(0);
    } finally {
      await clocked.app.close();
    }
  });

  it('are deleted by the server on its own, every interval', async () => {
    const clocked = await startBackend(suite.config, suite.idp, {
      store: suite.store,
      now,
      expireKeysEveryMs: 20,
    });
    try {
      const key = await keyedWrite(clocked, alice, 'alice-scheduled');
      expect(await storedKeys()).toContain(key);
      clock += 25 * HOUR;
      await until(async () => !(await storedKeys()).includes(key));
      expect(await storedKeys()).not.toContain(key);
    } finally {
      await clocked.app.close();
    }
  });
});

/** Polls `condition` until it holds; the test's timeout bounds the wait. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}
