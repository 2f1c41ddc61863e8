/**
 * What the four kinds of meeting content (agenda items, notes, messages, files) share:
 * every query on them is confined to one meeting and its tenant, and every change to them
 * counts as activity on the meeting.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { VisibleMeeting } from '../access/scope';
import { inTransaction, type StoreContext } from './context';
import { touchMeeting } from './meetings';

/** The tables that hold a meeting's content, one row per item. */
export type ContentTable = 'agenda_items' | 'notes' | 'messages' | 'files';

/** A where-clause for any content table: rows of this meeting, in the meeting's tenant. */
export function belongsToMeeting(table: ContentTable, access: VisibleMeeting) {
  return sql<SqlBool>`${sql.ref(`${table}.meeting_id`)} = ${access.meeting.id} and ${sql.ref(`${table}.tenant_id`)} = ${access.meeting.tenantId}`;
}

/** The columns every content row starts with. */
export function contentKeys(access: VisibleMeeting, id: string, createdAt: number) {
  return {
    id,
    meeting_id: access.meeting.id,
    tenant_id: access.meeting.tenantId,
    created_at: createdAt,
  };
}

/**
 * Runs a change to a meeting's content and marks the meeting active, in one transaction.
 * The meeting row is written first so that writers to one meeting queue on its lock: on
 * MySQL a content insert share-locks the meeting row through its foreign key, and two
 * writers that both held that share lock and then updated the row would deadlock. Queued
 * writers also see each other's rows, which agenda positions are counted from.
 */
export function changeMeetingContent<T>(
  ctx: StoreContext,
  access: VisibleMeeting,
  change: (trx: StoreContext) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx, async (trx) => {
    await touchMeeting(trx, access);
    return change(trx);
  });
}

/** The meeting's rows in `table`, or only those that also match `only`. */
export async function countMeetingRows(
  ctx: StoreContext,
  table: ContentTable,
  access: VisibleMeeting,
  only?: Expression<SqlBool>,
): Promise<number> {
  const { count } = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('count'))
    .where(belongsToMeeting(table, access))
    .$if(only !== undefined, (query) => query.where(only as Expression<SqlBool>))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function deleteMeetingRow(
  ctx: StoreContext,
  table: ContentTable,
  access: VisibleMeeting,
  id: string,
): Promise<void> {
  await changeMeetingContent(ctx, access, (trx) =>
    trx.db.deleteFrom(table).where(belongsToMeeting(table, access)).where('id', '=', id).execute(),
  );
}

/** Notes and messages: the only change is a new body. */
export async function rewriteBody<R extends { id: string; body: string; updatedAt: number }>(
  ctx: StoreContext,
  table: 'notes' | 'messages',
  access: VisibleMeeting,
  record: R,
  body: string,
): Promise<R> {
  const updated: R = { ...record, body, updatedAt: ctx.now() };
  await changeMeetingContent(ctx, access, (trx) =>
    trx.db
      .updateTable(table)
      .set({ body_enc: trx.cipher.encrypt(body), updated_at: updated.updatedAt })
      .where(belongsToMeeting(table, access))
      .where('id', '=', record.id)
      .execute(),
  );
  return updated;
}
