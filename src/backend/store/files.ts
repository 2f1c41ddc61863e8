/**
 * Drive files attached to a meeting. Only the URL is stored (encrypted); names and contents
 * stay in Drive, read in place by the add-on.
 */
import type { Selectable } from 'kysely';
import type { VisibleMeeting } from '../access/scope';
import { belongsToMeeting, changeMeetingContent, contentKeys } from './content';
import type { StoreContext } from './context';
import { newId } from './ids';
import type { FilesTable } from './tables';

export interface FileRecord {
  id: string;
  addedByUserId: string | null;
  url: string;
  createdAt: number;
}

export async function listFiles(ctx: StoreContext, access: VisibleMeeting): Promise<FileRecord[]> {
  const rows = await ctx.db
    .selectFrom('files')
    .selectAll()
    .where(belongsToMeeting('files', access))
    .orderBy('id')
    .execute();
  return rows.map((row) => toFileRecord(ctx, row));
}

export async function findFile(
  ctx: StoreContext,
  access: VisibleMeeting,
  fileId: string,
): Promise<FileRecord | undefined> {
  const row = await ctx.db
    .selectFrom('files')
    .selectAll()
    .where(belongsToMeeting('files', access))
    .where('id', '=', fileId)
    .executeTakeFirst();
  return row && toFileRecord(ctx, row);
}

export async function addFile(
  ctx: StoreContext,
  access: VisibleMeeting,
  url: string,
): Promise<FileRecord> {
  const record: FileRecord = {
    id: newId(),
    addedByUserId: access.scope.userId,
    url,
    createdAt: ctx.now(),
  };
  await changeMeetingContent(ctx, access, (trx) =>
    trx.db
      .insertInto('files')
      .values({
        ...contentKeys(access, record.id, record.createdAt),
        added_by_user_id: record.addedByUserId,
        url_enc: trx.cipher.encrypt(url),
      })
      .execute(),
  );
  return record;
}

export function toFileRecord(ctx: StoreContext, row: Selectable<FilesTable>): FileRecord {
  return {
    id: row.id,
    addedByUserId: row.added_by_user_id,
    url: ctx.cipher.decrypt(row.url_enc),
    createdAt: row.created_at,
  };
}
