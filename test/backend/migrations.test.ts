import { checkStore, openStore } from '../../src/backend/store/database';
import { migrateToLatest } from '../../src/backend/store/migrations';
import { eachDatabase } from '../helpers/backend/databases';

describe.each(eachDatabase())('migrations on %s', (_name, kind) => {
  it('create the schema on an empty database once, and find nothing to do after', async () => {
    const database = await kind.create();
    const store = openStore(database.url);
    try {
      await checkStore(store.db);
      expect(await migrateToLatest(store.db)).toEqual([
        '0001_initial',
        '0002_idempotency_cleanup',
        '0004_privacy_admin',
      ]);
      expect(await migrateToLatest(store.db)).toEqual([]);
      const tables = await store.db.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'tenants',
          'users',
          'meetings',
          'meeting_guests',
          'agenda_items',
          'notes',
          'messages',
          'files',
          'idempotency_keys',
          'audit_log',
        ]),
      );
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
