/**
 * Deletes expired Idempotency-Keys, of every tenant and user: their saved responses carry
 * content, and a user who never writes again would otherwise keep theirs forever. Claiming
 * a key already ignores an expired one (store/idempotency-keys.ts), so a late run of this
 * job delays only the deletion, never correctness.
 */
import type { StoreContext } from '../store/context';

/** Rows per statement: a large backlog is worked off in short statements, not one long lock. */
const BATCH_SIZE = 500;

/** Returns how many keys were deleted. */
export async function deleteExpiredIdempotencyKeys(
  ctx: Pick<StoreContext, 'db' | 'now'>,
  batchSize = BATCH_SIZE,
): Promise<number> {
  const now = ctx.now();
  let deleted = 0;
  for (;;) {
    // DELETE … LIMIT is MySQL-only (SQLite needs a compile-time option): select, then delete.
    const batch = await ctx.db
      .selectFrom('idempotency_keys')
      .select('id')
      .where('expires_at', '<=', now)
      .limit(batchSize)
      .execute();
    if (batch.length === 0) return deleted;
    const ids = batch.map((row) => row.id);
    const { numDeletedRows } = await ctx.db
      .deleteFrom('idempotency_keys')
      .where('id', 'in', ids)
      // A key claimed afresh since the select is live again.
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    deleted += Number(numDeletedRows);
    if (batch.length < batchSize) return deleted;
  }
}
