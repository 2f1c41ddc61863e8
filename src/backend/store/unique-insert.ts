/**
 * Inserts that may meet a row a concurrent request just created (a tenant, a user, a
 * meeting for the same event, a claimed Idempotency-Key). Only a duplicate key is taken as
 * "already there": MySQL's INSERT IGNORE would also turn truncated values and foreign-key
 * failures into silent no-ops, and ON DUPLICATE KEY UPDATE cannot report whether the row
 * was new, since mysql2 counts a found row as affected.
 */
const DUPLICATE_KEY_CODES = new Set([
  'ER_DUP_ENTRY',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

/**
 * True when the row was inserted, false when a row with the same unique key exists. A
 * failed statement leaves an enclosing transaction usable on both SQLite and MySQL.
 */
export async function insertUnlessDuplicate(insert: {
  execute(): Promise<unknown>;
}): Promise<boolean> {
  try {
    await insert.execute();
    return true;
  } catch (error) {
    if (DUPLICATE_KEY_CODES.has((error as { code?: unknown }).code as string)) return false;
    throw error;
  }
}
