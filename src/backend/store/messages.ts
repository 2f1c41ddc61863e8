/**
 * The message thread of a meeting, newest last. Pages are read backwards from the newest
 * message, keyed by message id, which sorts by creation time (store/ids.ts).
 */
import type { VisibleMeeting } from '../access/scope';
import { belongsToMeeting, changeMeetingContent, contentKeys, rewriteBody } from './content';
import type { StoreContext } from './context';
import { newId } from './ids';

export interface MessageRecord {
  id: string;
  authorUserId: string | null;
  /** Null when the author has no name on file or their account was erased. */
  authorName: string | null;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export interface MessagePage {
  /** Oldest first. */
  messages: MessageRecord[];
  /** The id to pass as `before` for the next older page; null when there is none. */
  nextBefore: string | null;
}

export async function listMessages(
  ctx: StoreContext,
  access: VisibleMeeting,
  page: { before?: string; limit: number },
): Promise<MessagePage> {
  let query = selectMessages(ctx, access)
    .orderBy('messages.id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) query = query.where('messages.id', '<', page.before);
  const rows = await query.execute();
  const newestFirst = rows.slice(0, page.limit).map((row) => toRecord(ctx, row));
  const oldest = newestFirst[newestFirst.length - 1];
  return {
    messages: newestFirst.reverse(),
    nextBefore: rows.length > page.limit && oldest ? oldest.id : null,
  };
}

export async function findMessage(
  ctx: StoreContext,
  access: VisibleMeeting,
  messageId: string,
): Promise<MessageRecord | undefined> {
  const row = await selectMessages(ctx, access)
    .where('messages.id', '=', messageId)
    .executeTakeFirst();
  return row && toRecord(ctx, row);
}

function selectMessages(ctx: StoreContext, access: VisibleMeeting) {
  return ctx.db
    .selectFrom('messages')
    .leftJoin('users', 'users.id', 'messages.author_user_id')
    .select([
      'messages.id',
      'messages.author_user_id',
      'messages.body_enc',
      'messages.created_at',
      'messages.updated_at',
      'users.name_enc',
    ])
    .where(belongsToMeeting('messages', access));
}

export async function addMessage(
  ctx: StoreContext,
  access: VisibleMeeting,
  body: string,
  authorName: string | null,
): Promise<MessageRecord> {
  const now = ctx.now();
  const record: MessageRecord = {
    id: newId(),
    authorUserId: access.scope.userId,
    authorName,
    body,
    createdAt: now,
    updatedAt: now,
  };
  await changeMeetingContent(ctx, access, (trx) =>
    trx.db
      .insertInto('messages')
      .values({
        ...contentKeys(access, record.id, now),
        author_user_id: record.authorUserId,
        body_enc: trx.cipher.encrypt(body),
        updated_at: now,
      })
      .execute(),
  );
  return record;
}

export function updateMessageBody(
  ctx: StoreContext,
  access: VisibleMeeting,
  message: MessageRecord,
  body: string,
): Promise<MessageRecord> {
  return rewriteBody(ctx, 'messages', access, message, body);
}

interface MessageRow {
  id: string;
  author_user_id: string | null;
  body_enc: string;
  created_at: number;
  updated_at: number;
  name_enc: string | null;
}

function toRecord(ctx: StoreContext, row: MessageRow): MessageRecord {
  return {
    id: row.id,
    authorUserId: row.author_user_id,
    authorName: row.name_enc === null ? null : ctx.cipher.decrypt(row.name_enc),
    body: ctx.cipher.decrypt(row.body_enc),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
