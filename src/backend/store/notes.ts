/**
 * Notes of a meeting: shared with everyone who can see the meeting, or private to their
 * author. A private note is invisible to everyone else, the meeting owner included.
 */
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { VisibleMeeting } from '../access/scope';
import {
  belongsToMeeting,
  changeMeetingContent,
  contentKeys,
  countMeetingRows,
  rewriteBody,
} from './content';
import type { StoreContext } from './context';
import { newId } from './ids';
import type { NotesTable, NoteVisibility } from './tables';

export interface NoteRecord {
  id: string;
  authorUserId: string | null;
  body: string;
  visibility: NoteVisibility;
  createdAt: number;
  updatedAt: number;
}

function visibleToCaller(access: VisibleMeeting) {
  return sql<SqlBool>`(${sql.ref('notes.visibility')} = ${'shared'} or ${sql.ref('notes.author_user_id')} = ${access.scope.userId})`;
}

export async function listNotes(ctx: StoreContext, access: VisibleMeeting): Promise<NoteRecord[]> {
  const rows = await ctx.db
    .selectFrom('notes')
    .selectAll()
    .where(belongsToMeeting('notes', access))
    .where(visibleToCaller(access))
    .orderBy('id')
    .execute();
  return rows.map((row) => toNoteRecord(ctx, row));
}

/** Undefined for another user's private note, exactly as for a note that does not exist. */
export async function findNote(
  ctx: StoreContext,
  access: VisibleMeeting,
  noteId: string,
): Promise<NoteRecord | undefined> {
  const row = await ctx.db
    .selectFrom('notes')
    .selectAll()
    .where(belongsToMeeting('notes', access))
    .where(visibleToCaller(access))
    .where('id', '=', noteId)
    .executeTakeFirst();
  return row && toNoteRecord(ctx, row);
}

/**
 * What a note cap counts: the meeting's shared notes, or the caller's own private ones, so
 * that nobody's private notes use up room that others need.
 */
export function countNotes(
  ctx: StoreContext,
  access: VisibleMeeting,
  visibility: NoteVisibility,
): Promise<number> {
  const ofVisibility = sql<SqlBool>`${sql.ref('notes.visibility')} = ${visibility}`;
  const only =
    visibility === 'shared'
      ? ofVisibility
      : sql<SqlBool>`${ofVisibility} and ${sql.ref('notes.author_user_id')} = ${access.scope.userId}`;
  return countMeetingRows(ctx, 'notes', access, only);
}

export async function addNote(
  ctx: StoreContext,
  access: VisibleMeeting,
  note: { body: string; visibility: NoteVisibility },
): Promise<NoteRecord> {
  const now = ctx.now();
  const record: NoteRecord = {
    id: newId(),
    authorUserId: access.scope.userId,
    body: note.body,
    visibility: note.visibility,
    createdAt: now,
    updatedAt: now,
  };
  await changeMeetingContent(ctx, access, (trx) =>
    trx.db
      .insertInto('notes')
      .values({
        ...contentKeys(access, record.id, now),
        author_user_id: record.authorUserId,
        body_enc: trx.cipher.encrypt(record.body),
        visibility: record.visibility,
        updated_at: now,
      })
      .execute(),
  );
  return record;
}

export function updateNoteBody(
  ctx: StoreContext,
  access: VisibleMeeting,
  note: NoteRecord,
  body: string,
): Promise<NoteRecord> {
  return rewriteBody(ctx, 'notes', access, note, body);
}

export function toNoteRecord(ctx: StoreContext, row: Selectable<NotesTable>): NoteRecord {
  return {
    id: row.id,
    authorUserId: row.author_user_id,
    body: ctx.cipher.decrypt(row.body_enc),
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
