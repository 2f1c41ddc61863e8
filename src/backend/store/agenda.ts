/**
 * Agenda items of a meeting. Positions run 0..n-1 without gaps: adding appends, removing
 * closes the gap, moving shifts the items in between.
 */
import type { Selectable } from 'kysely';
import type { VisibleMeeting } from '../access/scope';
import { belongsToMeeting, changeMeetingContent, contentKeys, countMeetingRows } from './content';
import type { StoreContext } from './context';
import { newId } from './ids';
import type { AgendaItemsTable } from './tables';

export interface AgendaItemRecord {
  id: string;
  authorUserId: string | null;
  title: string;
  done: boolean;
  position: number;
  durationMinutes: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface AgendaItemChanges {
  title?: string;
  done?: boolean;
  position?: number;
  durationMinutes?: number | null;
}

export async function listAgenda(
  ctx: StoreContext,
  access: VisibleMeeting,
): Promise<AgendaItemRecord[]> {
  const rows = await ctx.db
    .selectFrom('agenda_items')
    .selectAll()
    .where(belongsToMeeting('agenda_items', access))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => toAgendaItemRecord(ctx, row));
}

export async function findAgendaItem(
  ctx: StoreContext,
  access: VisibleMeeting,
  itemId: string,
): Promise<AgendaItemRecord | undefined> {
  const row = await ctx.db
    .selectFrom('agenda_items')
    .selectAll()
    .where(belongsToMeeting('agenda_items', access))
    .where('id', '=', itemId)
    .executeTakeFirst();
  return row && toAgendaItemRecord(ctx, row);
}

export function countAgendaItems(ctx: StoreContext, access: VisibleMeeting): Promise<number> {
  return countMeetingRows(ctx, 'agenda_items', access);
}

export async function addAgendaItem(
  ctx: StoreContext,
  access: VisibleMeeting,
  item: { title: string; durationMinutes: number | null },
): Promise<AgendaItemRecord> {
  return changeMeetingContent(ctx, access, async (trx) => {
    const now = trx.now();
    const record: AgendaItemRecord = {
      id: newId(),
      authorUserId: access.scope.userId,
      title: item.title,
      done: false,
      position: await countAgendaItems(trx, access),
      durationMinutes: item.durationMinutes,
      createdAt: now,
      updatedAt: now,
    };
    await trx.db
      .insertInto('agenda_items')
      .values({
        ...contentKeys(access, record.id, now),
        author_user_id: record.authorUserId,
        title_enc: trx.cipher.encrypt(record.title),
        done: 0,
        position: record.position,
        duration_minutes: record.durationMinutes,
        updated_at: now,
      })
      .execute();
    return record;
  });
}

export async function updateAgendaItem(
  ctx: StoreContext,
  access: VisibleMeeting,
  item: AgendaItemRecord,
  changes: AgendaItemChanges,
): Promise<AgendaItemRecord> {
  return changeMeetingContent(ctx, access, async (trx) => {
    const position =
      changes.position === undefined || changes.position === item.position
        ? item.position
        : await moveAgendaItem(trx, access, item, changes.position);
    const updated: AgendaItemRecord = {
      ...item,
      title: changes.title ?? item.title,
      done: changes.done ?? item.done,
      durationMinutes:
        changes.durationMinutes === undefined ? item.durationMinutes : changes.durationMinutes,
      position,
      updatedAt: trx.now(),
    };
    await trx.db
      .updateTable('agenda_items')
      .set({
        title_enc: trx.cipher.encrypt(updated.title),
        done: updated.done ? 1 : 0,
        duration_minutes: updated.durationMinutes,
        position: updated.position,
        updated_at: updated.updatedAt,
      })
      .where(belongsToMeeting('agenda_items', access))
      .where('id', '=', item.id)
      .execute();
    return updated;
  });
}

/** Shifts the items between the old and the new place; a place past the end means the end. */
async function moveAgendaItem(
  ctx: StoreContext,
  access: VisibleMeeting,
  item: AgendaItemRecord,
  requested: number,
): Promise<number> {
  const target = Math.min(requested, (await countAgendaItems(ctx, access)) - 1);
  const moveUp = target < item.position;
  await ctx.db
    .updateTable('agenda_items')
    .set((eb) => ({ position: eb('position', moveUp ? '+' : '-', 1) }))
    .where(belongsToMeeting('agenda_items', access))
    .where('id', '!=', item.id)
    .where('position', '>=', Math.min(target, item.position))
    .where('position', '<=', Math.max(target, item.position))
    .execute();
  return target;
}

export async function removeAgendaItem(
  ctx: StoreContext,
  access: VisibleMeeting,
  item: AgendaItemRecord,
): Promise<void> {
  await changeMeetingContent(ctx, access, async (trx) => {
    await trx.db
      .deleteFrom('agenda_items')
      .where(belongsToMeeting('agenda_items', access))
      .where('id', '=', item.id)
      .execute();
    await trx.db
      .updateTable('agenda_items')
      .set((eb) => ({ position: eb('position', '-', 1) }))
      .where(belongsToMeeting('agenda_items', access))
      .where('position', '>', item.position)
      .execute();
  });
}

export function toAgendaItemRecord(
  ctx: StoreContext,
  row: Selectable<AgendaItemsTable>,
): AgendaItemRecord {
  return {
    id: row.id,
    authorUserId: row.author_user_id,
    title: ctx.cipher.decrypt(row.title_enc),
    done: row.done === 1,
    position: row.position,
    durationMinutes: row.duration_minutes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
