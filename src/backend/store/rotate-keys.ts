/**
 * `cli rotate-keys`: re-encrypts every encrypted column under the current (first) data key,
 * so that an old key can then be retired. Safe to run while the service is up and to run
 * again after an interruption: each field is rewritten only if it still holds the value
 * that was read, and fields already under the current key are skipped.
 */
import { sql, type Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher';
import { dialectOf } from './database';
import type { Database } from './tables';

const ENCRYPTED_COLUMNS = {
  users: ['email_enc', 'name_enc'],
  agenda_items: ['title_enc'],
  notes: ['body_enc'],
  messages: ['body_enc'],
  files: ['url_enc'],
  idempotency_keys: ['response_enc'],
} as const satisfies {
  [T in keyof Database]?: readonly (keyof Database[T] & `${string}_enc`)[];
};

type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

/** The tables above seen as plain rows of text columns, to walk them with one loop. */
type EncryptedRow = { id: string } & Record<string, string | null>;
type EncryptedRows = Record<EncryptedTable, EncryptedRow>;

const BATCH_SIZE = 500;

export async function rotateKeys(
  db: Kysely<Database>,
  cipher: FieldCipher,
  onProgress?: (done: number, total: number) => void,
): Promise<{ rotated: number }> {
  const rows = db as unknown as Kysely<EncryptedRows>;
  const tables = Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[];
  const total = (await Promise.all(tables.map((table) => countRows(rows, table)))).reduce(
    (sum, count) => sum + count,
    0,
  );
  let done = 0;
  let rotated = 0;
  onProgress?.(done, total);
  for (const table of tables) {
    for await (const batch of batchesOf(rows, table)) {
      rotated += await rotateBatch(rows, cipher, table, batch);
      done += batch.length;
      onProgress?.(done, total);
    }
  }
  await dropOldPages(db);
  return { rotated };
}

/**
 * SQLite keeps superseded pages in the write-ahead log and the file's free list, where the
 * old ciphertexts would outlive the rotation: rebuild the file and empty the log.
 */
async function dropOldPages(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}

async function countRows(db: Kysely<EncryptedRows>, table: EncryptedTable): Promise<number> {
  const { count } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Keyset pagination by id: stable while rows are added or removed meanwhile. */
async function* batchesOf(db: Kysely<EncryptedRows>, table: EncryptedTable) {
  let after = '';
  for (;;) {
    const batch = await db
      .selectFrom(table)
      .select(['id', ...ENCRYPTED_COLUMNS[table]])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH_SIZE)
      .execute();
    const last = batch[batch.length - 1];
    if (!last) return;
    yield batch;
    after = last.id;
  }
}

async function rotateBatch(
  db: Kysely<EncryptedRows>,
  cipher: FieldCipher,
  table: EncryptedTable,
  batch: EncryptedRow[],
): Promise<number> {
  let rotated = 0;
  for (const row of batch) {
    for (const column of ENCRYPTED_COLUMNS[table]) {
      const stored = row[column];
      if (stored === null || stored === undefined || cipher.isCurrent(stored)) continue;
      const { numUpdatedRows } = await db
        .updateTable(table)
        .set({ [column]: cipher.encrypt(cipher.decrypt(stored)) })
        .where('id', '=', row.id)
        .where(column, '=', stored)
        .executeTakeFirst();
      rotated += Number(numUpdatedRows);
    }
  }
  return rotated;
}
