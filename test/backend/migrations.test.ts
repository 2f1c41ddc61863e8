import { Migrator } from 'kysely';
import { createStoreKeys } from '../../src/backend/crypto/store-keys';
import type { StoreKeys } from '../../src/backend/store/context';
import { checkStore, openStore, type Store } from '../../src/backend/store/database';
import { newId } from '../../src/backend/store/ids';
import { migrateToLatest, migrationProvider } from '../../src/backend/store/migrations';
import { startBackend, testConfig, throwawayKeys } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests, organizerHeader } from '../helpers/backend/digests';
import {
  alice,
  carol,
  dave,
  startIdentityProvider,
  type TestUser,
} from '../helpers/backend/identity';
import { newEventId } from '../helpers/backend/meetings';

describe.each(eachDatabase())('migrations on %s', (_name, kind) => {
  it('create the schema on an empty database once, and find nothing to do after', async () => {
    const database = await kind.create();
    const store = openStore(database.url);
    const keys = throwawayKeys();
    try {
      await checkStore(store.db);
      expect(await migrateToLatest(store.db, keys)).toEqual([
        '0001_initial',
        '0002_idempotency_cleanup',
        '0003_organizer_digests',
        '0004_privacy_admin',
      ]);
      expect(await migrateToLatest(store.db, keys)).toEqual([]);
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

  it("0003 binds meetings started before it to their organizers, from the owners' stored accounts", async () => {
    const database = await kind.create();
    const idp = await startIdentityProvider();
    const store = openStore(database.url);
    const config = testConfig(database.url, idp.jwksUrl);
    const keys = createStoreKeys(config);
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider(keys) });
      const upTo0002 = await migrator.migrateTo('0002_idempotency_cleanup');
      expect(upTo0002.error).toBeUndefined();

      // Meetings as the 0002 schema held them: no owner or domain digest.
      const acmeEvent = newEventId();
      const personalEvent = newEventId();
      await insertOldMeeting(store, keys, alice, acmeEvent, [carol]);
      await insertOldMeeting(store, keys, dave, personalEvent, [carol]);

      expect(await migrateToLatest(store.db, keys)).toEqual([
        '0003_organizer_digests',
        '0004_privacy_admin',
      ]);

      const backend = await startBackend(config, idp, { store });
      try {
        const acme = await backend
          .as(carol)
          .get(`/v1/events/${acmeEvent}/meeting`, organizerHeader(acmeEvent, alice));
        expect(acme.status).toBe(200);
        expect(acme.body.meeting).toMatchObject({
          scope: 'organizer',
          owner: { name: alice.name, domain: 'acme.example' },
        });
        const personal = await backend
          .as(carol)
          .get(`/v1/events/${personalEvent}/meeting`, organizerHeader(personalEvent, dave));
        expect(personal.body.meeting).toMatchObject({
          scope: 'organizer',
          owner: { name: dave.name, domain: null },
        });
      } finally {
        await backend.app.close();
      }
      const stored = await store.db
        .selectFrom('meetings')
        .select(['event_id', 'domain_digest'])
        .where('event_id', '=', personalEvent)
        .executeTakeFirstOrThrow();
      expect(stored.domain_digest).toBeNull();
    } finally {
      await store.close();
      await database.drop();
      await idp.close();
    }
  });
});

/** Writes a tenant, user, meeting and guests the way the 0002 code did. */
async function insertOldMeeting(
  store: Store,
  keys: StoreKeys,
  owner: TestUser,
  eventId: string,
  guests: TestUser[],
): Promise<void> {
  const tenantId = newId();
  const userId = newId();
  const meetingId = newId();
  const tenantKey = owner.hd ? `domain:${owner.hd}` : `personal:${owner.sub}`;
  await store.db
    .insertInto('tenants')
    .values({
      id: tenantId,
      tenant_key: tenantKey,
      external_guests: 'allow',
      retention_days: null,
      created_at: 1,
      updated_at: 1,
    })
    .execute();
  await store.db
    .insertInto('users')
    .values({
      id: userId,
      tenant_id: tenantId,
      sub: owner.sub,
      email_enc: keys.cipher.encrypt(owner.email),
      email_index: keys.blindIndex.of('email', owner.email),
      name_enc: keys.cipher.encrypt(owner.name),
      role: 'member',
      status: 'active',
      allow_statistics: 1,
      created_at: 1,
      updated_at: 1,
      last_seen_at: 1,
    })
    .execute();
  // Without owner_digest and domain_digest, which the 0002 table does not have.
  await store.db
    .insertInto('meetings')
    .values({
      id: meetingId,
      tenant_id: tenantId,
      event_id: eventId,
      owner_user_id: userId,
      created_at: 1,
      updated_at: 1,
    })
    .execute();
  await store.db
    .insertInto('meeting_guests')
    .values(
      guestDigests(eventId, guests).map((digest) => ({
        meeting_id: meetingId,
        guest_index: keys.blindIndex.of('guest', digest),
      })),
    )
    .execute();
}
