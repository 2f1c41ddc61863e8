/**
 * Reading an unbounded set of rows a batch at a time, by keyset on the (time-ordered) id:
 * stable while rows are added or deleted meanwhile, and never more than a batch in memory.
 */
const BATCH_SIZE = 500;

/** Rows in id order; `page` returns up to `limit` rows whose id comes after `after`. */
export async function* inIdOrder<R extends { id: string }>(
  page: (after: string, limit: number) => Promise<R[]>,
  batchSize = BATCH_SIZE,
): AsyncGenerator<R> {
  let after = '';
  for (;;) {
    const rows = await page(after, batchSize);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = last.id;
  }
}
