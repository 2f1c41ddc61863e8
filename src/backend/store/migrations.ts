/**
 * In-code migrations, run at start (`buildApp`) and by `cli migrate`. One definition serves
 * SQLite and MySQL; the few differences (table options, large text) are named helpers below.
 * Never edit a released migration: add the next one.
 */
import {
  type CreateTableBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  sql,
} from 'kysely';
import { domainOfTenantKey } from '../auth/tenant';
import type { StoreKeys } from './context';
import { dialectOf } from './database';
import { ownerIndexes } from './organizer-digests';
import type { Database } from './tables';

// Migrations see the schema as it was then, not as tables.ts describes it now.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Hex ids from store/ids.ts are 32 characters. */
const ID = 'varchar(32)';
const INDEX = 'varchar(64)';
const TIME = 'bigint';

function isMysql(db: AnyDb): boolean {
  return dialectOf(db) === 'mysql';
}

/**
 * Binary collation keeps comparisons case-sensitive as in SQLite: blind indexes and
 * digests are base64url, where `a` and `A` differ.
 */
function createTable(db: AnyDb, name: string): CreateTableBuilder<string, never> {
  const builder = db.schema.createTable(name);
  return isMysql(db)
    ? builder.modifyEnd(sql`engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin`)
    : builder;
}

/** Ciphertext of a 20 000-character note outgrows MySQL's 64 KiB TEXT. */
function encryptedText(db: AnyDb) {
  return isMysql(db) ? sql`mediumtext` : sql`text`;
}

const initial: Migration = {
  async up(db: AnyDb) {
    const encrypted = encryptedText(db);

    await createTable(db, 'tenants')
      .addColumn('id', ID, (c) => c.primaryKey())
      .addColumn('tenant_key', 'varchar(300)', (c) => c.notNull().unique())
      .addColumn('external_guests', 'varchar(8)', (c) => c.notNull().defaultTo('allow'))
      .addColumn('retention_days', 'integer')
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();

    await createTable(db, 'users')
      .addColumn('id', ID, (c) => c.primaryKey())
      .addColumn('tenant_id', ID, (c) => c.notNull())
      .addColumn('sub', 'varchar(255)', (c) => c.notNull().unique())
      .addColumn('email_enc', encrypted, (c) => c.notNull())
      .addColumn('email_index', INDEX, (c) => c.notNull())
      .addColumn('name_enc', encrypted)
      .addColumn('role', 'varchar(16)', (c) => c.notNull().defaultTo('member'))
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('active'))
      .addColumn('allow_statistics', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .addColumn('last_seen_at', TIME, (c) => c.notNull())
      .addForeignKeyConstraint('users_tenant_id_fk', ['tenant_id'], 'tenants', ['id'])
      .execute();
    // Admin search by email, and the retention sweep's "inactive since".
    await db.schema
      .createIndex('users_tenant_email_idx')
      .on('users')
      .columns(['tenant_id', 'email_index'])
      .execute();
    await db.schema
      .createIndex('users_tenant_seen_idx')
      .on('users')
      .columns(['tenant_id', 'last_seen_at'])
      .execute();

    await createTable(db, 'meetings')
      .addColumn('id', ID, (c) => c.primaryKey())
      .addColumn('tenant_id', ID, (c) => c.notNull())
      .addColumn('event_id', 'varchar(255)', (c) => c.notNull())
      .addColumn('owner_user_id', ID, (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .addForeignKeyConstraint('meetings_tenant_id_fk', ['tenant_id'], 'tenants', ['id'])
      .addForeignKeyConstraint('meetings_owner_user_id_fk', ['owner_user_id'], 'users', ['id'])
      // One meeting per event and tenant: what makes POST /v1/meetings idempotent.
      .addUniqueConstraint('meetings_tenant_event_uq', ['tenant_id', 'event_id'])
      .execute();
    // Guests from other tenants find a meeting by event ID alone.
    await db.schema.createIndex('meetings_event_idx').on('meetings').column('event_id').execute();
    await db.schema
      .createIndex('meetings_owner_idx')
      .on('meetings')
      .column('owner_user_id')
      .execute();
    await db.schema
      .createIndex('meetings_tenant_updated_idx')
      .on('meetings')
      .columns(['tenant_id', 'updated_at'])
      .execute();

    await createTable(db, 'meeting_guests')
      .addColumn('meeting_id', ID, (c) => c.notNull())
      .addColumn('guest_index', INDEX, (c) => c.notNull())
      .addPrimaryKeyConstraint('meeting_guests_pk', ['meeting_id', 'guest_index'])
      .addForeignKeyConstraint(
        'meeting_guests_meeting_id_fk',
        ['meeting_id'],
        'meetings',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('meeting_guests_guest_idx')
      .on('meeting_guests')
      .column('guest_index')
      .execute();

    await createContentTable(db, 'agenda_items', 'author_user_id', (table) =>
      table
        .addColumn('title_enc', encrypted, (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer')
        .addColumn('updated_at', TIME, (c) => c.notNull()),
    );
    await createContentTable(db, 'notes', 'author_user_id', (table) =>
      table
        .addColumn('body_enc', encrypted, (c) => c.notNull())
        .addColumn('visibility', 'varchar(8)', (c) => c.notNull())
        .addColumn('updated_at', TIME, (c) => c.notNull()),
    );
    await createContentTable(db, 'messages', 'author_user_id', (table) =>
      table
        .addColumn('body_enc', encrypted, (c) => c.notNull())
        .addColumn('updated_at', TIME, (c) => c.notNull()),
    );
    await createContentTable(db, 'files', 'added_by_user_id', (table) =>
      table.addColumn('url_enc', encrypted, (c) => c.notNull()),
    );

    await createTable(db, 'idempotency_keys')
      .addColumn('id', ID, (c) => c.primaryKey())
      .addColumn('tenant_id', ID, (c) => c.notNull())
      .addColumn('user_id', ID, (c) => c.notNull())
      .addColumn('idempotency_key', 'varchar(255)', (c) => c.notNull())
      .addColumn('fingerprint', INDEX, (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('response_enc', encrypted)
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('expires_at', TIME, (c) => c.notNull())
      .addForeignKeyConstraint('idempotency_keys_user_id_fk', ['user_id'], 'users', ['id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .addUniqueConstraint('idempotency_keys_scope_uq', ['tenant_id', 'user_id', 'idempotency_key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_user_expiry_idx')
      .on('idempotency_keys')
      .columns(['user_id', 'expires_at'])
      .execute();

    await createTable(db, 'audit_log')
      .addColumn('id', ID, (c) => c.primaryKey())
      .addColumn('tenant_id', ID, (c) => c.notNull())
      .addColumn('actor', INDEX, (c) => c.notNull())
      .addColumn('action', 'varchar(64)', (c) => c.notNull())
      .addColumn('target_id', ID)
      .addColumn('detail', 'text')
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addForeignKeyConstraint('audit_log_tenant_id_fk', ['tenant_id'], 'tenants', ['id'])
      .execute();
    await db.schema
      .createIndex('audit_log_tenant_time_idx')
      .on('audit_log')
      .columns(['tenant_id', 'created_at'])
      .execute();
  },
};

/**
 * Agenda items, notes, messages and files: rows of one meeting, deleted with it, listed by
 * meeting and found by author (export and erasure).
 */
async function createContentTable(
  db: AnyDb,
  name: string,
  authorColumn: string,
  addColumns: (table: CreateTableBuilder<string, string>) => CreateTableBuilder<string, string>,
): Promise<void> {
  const table = createTable(db, name)
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('meeting_id', ID, (c) => c.notNull())
    .addColumn('tenant_id', ID, (c) => c.notNull())
    .addColumn(authorColumn, ID)
    .addColumn('created_at', TIME, (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_meeting_fk`, ['meeting_id'], 'meetings', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(`${name}_author_fk`, [authorColumn], 'users', ['id'], (fk) =>
      fk.onDelete('set null'),
    );
  await addColumns(table).execute();
  // Ids are time-ordered (store/ids.ts), so (meeting_id, id) lists a meeting's rows in order.
  await db.schema
    .createIndex(`${name}_meeting_idx`)
    .on(name)
    .columns(['meeting_id', 'id'])
    .execute();
  await db.schema.createIndex(`${name}_author_idx`).on(name).column(authorColumn).execute();
}

/**
 * Saved Idempotency-Key responses: expired ones are deleted for all users at once (by
 * expiry), and those showing a meeting's content are deleted with the meeting.
 */
const idempotencyCleanup: Migration = {
  async up(db: AnyDb) {
    const table = 'idempotency_keys';
    await db.schema
      .createIndex('idempotency_keys_expiry_idx')
      .on(table)
      .column('expires_at')
      .execute();
    // SQLite cannot add a constraint to a table, only a column that carries one; MySQL
    // ignores a REFERENCES clause on a column and needs the constraint added below.
    await db.schema
      .alterTable(table)
      .addColumn('meeting_id', ID, (c) =>
        isMysql(db) ? c : c.references('meetings.id').onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('idempotency_keys_meeting_idx')
      .on(table)
      .column('meeting_id')
      .execute();
    if (isMysql(db)) {
      await db.schema
        .alterTable(table)
        .addForeignKeyConstraint('idempotency_keys_meeting_fk', ['meeting_id'], 'meetings', ['id'])
        .onDelete('cascade')
        .execute();
    }
  },
};

/**
 * Organizer-bound meetings (DESIGN §5): the owner and domain digests of each meeting, indexed
 * for lookup by event, and filled for the meetings that exist from their owners' stored
 * (encrypted) emails and their tenants' domains. The fill needs the data and index keys, so
 * this migration is made with them: a database cannot be migrated past it without them, and
 * no meeting is left that the organizer's guests could not find.
 */
function organizerDigests(keys: StoreKeys): Migration {
  return {
    async up(db: AnyDb) {
      for (const column of ['owner_digest', 'domain_digest']) {
        await db.schema.alterTable('meetings').addColumn(column, INDEX).execute();
        await db.schema
          .createIndex(`meetings_event_${column}_idx`)
          .on('meetings')
          .columns(['event_id', column])
          .execute();
      }
      await fillOrganizerDigests(db, keys);
    },
  };
}

const FILL_BATCH_SIZE = 500;

async function fillOrganizerDigests(db: AnyDb, keys: StoreKeys): Promise<void> {
  for (;;) {
    const batch: { id: string; event_id: string; email_enc: string; tenant_key: string }[] =
      await db
        .selectFrom('meetings')
        .innerJoin('users', 'users.id', 'meetings.owner_user_id')
        .innerJoin('tenants', 'tenants.id', 'meetings.tenant_id')
        .select(['meetings.id', 'meetings.event_id', 'users.email_enc', 'tenants.tenant_key'])
        .where('meetings.owner_digest', 'is', null)
        .orderBy('meetings.id')
        .limit(FILL_BATCH_SIZE)
        .execute();
    for (const row of batch) {
      const indexes = ownerIndexes(keys.blindIndex, row.event_id, {
        email: keys.cipher.decrypt(row.email_enc),
        domain: domainOfTenantKey(row.tenant_key),
      });
      await db.updateTable('meetings').set(indexes).where('id', '=', row.id).execute();
    }
    if (batch.length < FILL_BATCH_SIZE) return;
  }
}

/**
 * The domain policy's Drive role cap, and the paging orders of the admin console: a
 * tenant's users and its audit log, both by (time-ordered) id.
 */
const privacyAdmin: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('tenants')
      .addColumn('max_drive_role', 'varchar(16)', (c) => c.notNull().defaultTo('writer'))
      .execute();
    await db.schema
      .createIndex('users_tenant_id_idx')
      .on('users')
      .columns(['tenant_id', 'id'])
      .execute();
    await db.schema
      .createIndex('audit_log_tenant_id_idx')
      .on('audit_log')
      .columns(['tenant_id', 'id'])
      .execute();
  },
};

function migrations(keys: StoreKeys): Record<string, Migration> {
  return {
    '0001_initial': initial,
    '0002_idempotency_cleanup': idempotencyCleanup,
    '0003_organizer_digests': organizerDigests(keys),
    '0004_privacy_admin': privacyAdmin,
  };
}

/** Every migration, for a Migrator; a test may stop at an earlier one (`migrateTo`). */
export function migrationProvider(keys: StoreKeys): MigrationProvider {
  return { getMigrations: async () => migrations(keys) };
}

/** Applies pending migrations and returns their names; throws if one fails. */
export async function migrateToLatest(db: Kysely<Database>, keys: StoreKeys): Promise<string[]> {
  const provider = migrationProvider(keys);
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
