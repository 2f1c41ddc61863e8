/**
 * What an export reads (policy §11(1)): the meetings a user owns with their content, and what
 * the user wrote in other people's meetings. Unbounded lists (meetings, messages, the user's
 * contributions) are read a batch at a time in id order, so an export of any size holds one
 * batch in memory; per-meeting lists capped by limits.ts are read at once.
 */
import type { Selectable } from 'kysely';
import { toAgendaItemRecord, type AgendaItemRecord } from './agenda';
import { inIdOrder } from './in-id-order';
import type { StoreContext } from './context';
import { toFileRecord, type FileRecord } from './files';
import { toNoteRecord, type NoteRecord } from './notes';
import type { ContentTable } from './content';
import type { Database, MessagesTable } from './tables';

export interface ExportOwner {
  tenantId: string;
  userId: string;
}

export interface ExportedMeetingRecord {
  id: string;
  tenantId: string;
  eventId: string;
  guests: number;
  createdAt: number;
  updatedAt: number;
}

export interface ExportedMessageRecord {
  id: string;
  authorUserId: string | null;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export function ownedMeetings(
  ctx: StoreContext,
  owner: ExportOwner,
): AsyncGenerator<ExportedMeetingRecord> {
  return inIdOrder(async (after, limit) => {
    const rows = await ctx.db
      .selectFrom('meetings')
      .select((eb) => [
        'meetings.id',
        'meetings.tenant_id',
        'meetings.event_id',
        'meetings.created_at',
        'meetings.updated_at',
        eb
          .selectFrom('meeting_guests')
          .select((guests) => guests.fn.countAll().as('count'))
          .whereRef('meeting_guests.meeting_id', '=', 'meetings.id')
          .as('guests'),
      ])
      .where('meetings.tenant_id', '=', owner.tenantId)
      .where('meetings.owner_user_id', '=', owner.userId)
      .where('meetings.id', '>', after)
      .orderBy('meetings.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      tenantId: row.tenant_id,
      eventId: row.event_id,
      guests: Number(row.guests ?? 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  });
}

/** In agenda order; at most MAX_AGENDA_ITEMS_PER_MEETING rows. */
export async function meetingAgenda(
  ctx: StoreContext,
  meeting: ExportedMeetingRecord,
): Promise<AgendaItemRecord[]> {
  const rows = await ctx.db
    .selectFrom('agenda_items')
    .selectAll()
    .where('meeting_id', '=', meeting.id)
    .where('tenant_id', '=', meeting.tenantId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => toAgendaItemRecord(ctx, row));
}

/** Shared notes and the owner's own private ones: never another person's private note. */
export async function meetingNotes(
  ctx: StoreContext,
  meeting: ExportedMeetingRecord,
  owner: ExportOwner,
): Promise<NoteRecord[]> {
  const rows = await ctx.db
    .selectFrom('notes')
    .selectAll()
    .where('meeting_id', '=', meeting.id)
    .where('tenant_id', '=', meeting.tenantId)
    .where((eb) =>
      eb.or([eb('visibility', '=', 'shared'), eb('author_user_id', '=', owner.userId)]),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => toNoteRecord(ctx, row));
}

export function meetingMessages(
  ctx: StoreContext,
  meeting: ExportedMeetingRecord,
): AsyncGenerator<ExportedMessageRecord> {
  return inIdOrder(async (after, limit) => {
    const rows = await ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('meeting_id', '=', meeting.id)
      .where('tenant_id', '=', meeting.tenantId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => toMessageRecord(ctx, row));
  });
}

export async function meetingFiles(
  ctx: StoreContext,
  meeting: ExportedMeetingRecord,
): Promise<FileRecord[]> {
  const rows = await ctx.db
    .selectFrom('files')
    .selectAll()
    .where('meeting_id', '=', meeting.id)
    .where('tenant_id', '=', meeting.tenantId)
    .orderBy('id')
    .execute();
  return rows.map((row) => toFileRecord(ctx, row));
}

export interface Contribution<R> {
  meetingId: string;
  eventId: string;
  record: R;
}

/**
 * What the user wrote in meetings someone else owns (in any tenant): the user's own rows,
 * found by author, whatever their visibility.
 */
function contributionsTo<T extends ContentTable, R>(
  ctx: StoreContext,
  owner: ExportOwner,
  table: T,
  toRecord: (row: Selectable<Database[T]>) => R,
): AsyncGenerator<Contribution<R> & { id: string }> {
  const author = table === 'files' ? 'item.added_by_user_id' : 'item.author_user_id';
  return inIdOrder(async (after, limit) => {
    // Kysely cannot type a query over a table chosen at run time: the query is typed as one
    // over notes, aliased `item`, and runs over `table`. The four content tables share the
    // columns used here, and `toRecord` reads a row of its own table.
    const rows = (await ctx.db
      .selectFrom(`${table} as item` as 'notes as item')
      .innerJoin('meetings', 'meetings.id', 'item.meeting_id')
      .selectAll('item')
      .select('meetings.event_id as meeting_event_id')
      .where(author as 'item.author_user_id', '=', owner.userId)
      .where('meetings.owner_user_id', '!=', owner.userId)
      .where('item.id', '>', after)
      .orderBy('item.id')
      .limit(limit)
      .execute()) as unknown as (Selectable<Database[T]> & ContributionKeys)[];
    return rows.map((row) => ({
      id: row.id,
      meetingId: row.meeting_id,
      eventId: row.meeting_event_id,
      record: toRecord(row),
    }));
  });
}

interface ContributionKeys {
  id: string;
  meeting_id: string;
  meeting_event_id: string;
}

export function agendaContributions(ctx: StoreContext, owner: ExportOwner) {
  return contributionsTo(ctx, owner, 'agenda_items', (row) => toAgendaItemRecord(ctx, row));
}

export function noteContributions(ctx: StoreContext, owner: ExportOwner) {
  return contributionsTo(ctx, owner, 'notes', (row) => toNoteRecord(ctx, row));
}

export function messageContributions(ctx: StoreContext, owner: ExportOwner) {
  return contributionsTo(ctx, owner, 'messages', (row) => toMessageRecord(ctx, row));
}

export function fileContributions(ctx: StoreContext, owner: ExportOwner) {
  return contributionsTo(ctx, owner, 'files', (row) => toFileRecord(ctx, row));
}

function toMessageRecord(ctx: StoreContext, row: Selectable<MessagesTable>): ExportedMessageRecord {
  return {
    id: row.id,
    authorUserId: row.author_user_id,
    body: ctx.cipher.decrypt(row.body_enc),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
