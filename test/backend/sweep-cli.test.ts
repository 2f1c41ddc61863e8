/**
 * `npm run backend -- sweep [--dry-run]` as an operator runs it, on a database where one
 * domain keeps data 30 days: the dry run lists the counts and deletes nothing; the sweep does.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../src/backend/config';
import { createStoreKeys } from '../../src/backend/crypto/store-keys';
import type { Store } from '../../src/backend/store/database';
import { newId } from '../../src/backend/store/ids';
import { openMigratedStore } from '../helpers/backend/app';
import { isolatedBackendEnv } from '../helpers/backend-env';

const REPO_ROOT = path.resolve(__dirname, '../..');
const DAY = 24 * 60 * 60 * 1000;
const env = isolatedBackendEnv('sweepcli');
const config = loadConfig(env);

function sweep(...options: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/backend/cli.ts', 'sweep', ...options],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let store: Store;
const ids = { tenant: newId(), idleUser: newId(), activeUser: newId(), idleMeeting: newId() };

async function count(table: 'users' | 'meetings'): Promise<number> {
  return (await store.db.selectFrom(table).select('id').execute()).length;
}

beforeAll(async () => {
  const { cipher, blindIndex: index } = createStoreKeys(config);
  store = await openMigratedStore(config.dbUrl, { cipher, blindIndex: index });
  const now = Date.now();
  await store.db
    .insertInto('tenants')
    .values({
      id: ids.tenant,
      tenant_key: 'domain:sweep.example',
      external_guests: 'allow',
      retention_days: 30,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const user = (id: string, email: string, lastSeen: number) => ({
    id,
    tenant_id: ids.tenant,
    sub: id,
    email_enc: cipher.encrypt(email),
    email_index: index.of('email', email),
    name_enc: null,
    role: 'member' as const,
    status: 'active' as const,
    allow_statistics: 1,
    created_at: lastSeen,
    updated_at: lastSeen,
    last_seen_at: lastSeen,
  });
  await store.db
    .insertInto('users')
    .values([
      user(ids.idleUser, 'idle@sweep.example', now - 90 * DAY),
      user(ids.activeUser, 'busy@sweep.example', now),
    ])
    .execute();
  await store.db
    .insertInto('meetings')
    .values({
      id: ids.idleMeeting,
      tenant_id: ids.tenant,
      event_id: 'evt-idle',
      owner_user_id: ids.activeUser,
      created_at: now - 90 * DAY,
      updated_at: now - 60 * DAY,
    })
    .execute();
}, 30_000);

afterAll(() => store?.close());

describe('cli sweep', () => {
  it('--dry-run lists what is past retention per domain and deletes nothing', async () => {
    const run = sweep('--dry-run');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'sweep.example (retention 30 days): 1 inactive user(s), 1 idle meeting(s) past retention',
    );
    expect(run.stdout).toContain('Dry run: nothing was deleted.');
    expect([await count('users'), await count('meetings')]).toEqual([2, 1]);
  });

  it('deletes exactly that, and says so', async () => {
    const run = sweep();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Erased 1 user(s) and deleted 1 meeting(s).');
    const users = await store.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([{ id: ids.activeUser }]);
    expect(await count('meetings')).toBe(0);
  });

  it('refuses an unknown option, naming it', () => {
    const run = sweep('--dryrun');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option --dryrun for sweep.');
  });
});
