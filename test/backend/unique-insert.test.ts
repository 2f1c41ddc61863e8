import { newId } from '../../src/backend/store/ids';
import type { Store } from '../../src/backend/store/database';
import { insertUnlessDuplicate } from '../../src/backend/store/unique-insert';
import { openMigratedStore, throwawayKeys } from '../helpers/backend/app';
import { eachDatabase, type TestDatabase } from '../helpers/backend/databases';

describe.each(eachDatabase())('inserts that tolerate a duplicate key on %s', (_name, kind) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await kind.create();
    store = await openMigratedStore(database.url, throwawayKeys());
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const tenant = (tenantKey: string) =>
    store.db.insertInto('tenants').values({
      id: newId(),
      tenant_key: tenantKey,
      external_guests: 'allow',
      retention_days: null,
      created_at: 0,
      updated_at: 0,
    });

  it('inserts a new row and reports a duplicate key as already there', async () => {
    expect(await insertUnlessDuplicate(tenant('domain:twice.example'))).toBe(true);
    expect(await insertUnlessDuplicate(tenant('domain:twice.example'))).toBe(false);
  });

  // Driver errors can come from another realm than the test's, where toThrow() misses them:
  // the failures below are told apart by their codes.
  it('still fails on a missing foreign key', async () => {
    const orphan = store.db.insertInto('meetings').values({
      id: newId(),
      tenant_id: 'no-such-tenant',
      event_id: 'evt',
      owner_user_id: 'no-such-user',
      created_at: 0,
      updated_at: 0,
    });
    await expect(insertUnlessDuplicate(orphan)).rejects.toMatchObject({
      code: expect.stringMatching(/FOREIGNKEY|NO_REFERENCED_ROW/),
    });
  });

  it('still fails on a value its column refuses', async () => {
    const nameless = store.db.insertInto('tenants').values({
      id: newId(),
      tenant_key: null as unknown as string,
      external_guests: 'allow',
      retention_days: null,
      created_at: 0,
      updated_at: 0,
    });
    await expect(insertUnlessDuplicate(nameless)).rejects.toMatchObject({
      code: expect.stringMatching(/NOTNULL|BAD_NULL/),
    });
  });
});
