import type { Kysely } from 'kysely';
import type { BlindIndex } from '../crypto/blind-index';
import type { FieldCipher } from '../crypto/field-cipher';
import type { Database } from './tables';

/** What every repository function works with: the database and the keys for its columns. */
export interface StoreContext {
  db: Kysely<Database>;
  cipher: FieldCipher;
  blindIndex: BlindIndex;
  /** Epoch milliseconds; injectable so tests control time. */
  now(): number;
}

/** The keys of the stored columns: what code that reads or writes them needs besides `db`. */
export type StoreKeys = Pick<StoreContext, 'cipher' | 'blindIndex'>;

/** Runs `work` in one transaction, handing it a context whose queries belong to it. */
export function inTransaction<T>(
  ctx: StoreContext,
  work: (trx: StoreContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((db) => work({ ...ctx, db }));
}
