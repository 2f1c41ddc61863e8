/**
 * "What Mingwork stores about you" (the privacy centre): the meetings a user owns and the
 * items they wrote, in any meeting and any tenant. Each count is one indexed lookup by author.
 */
import type { StoreContext } from './context';

export interface StoredCounts {
  meetingsOwned: number;
  agendaItems: number;
  notes: number;
  messages: number;
  files: number;
}

export async function countStored(ctx: StoreContext, userId: string): Promise<StoredCounts> {
  const count = async (
    table: 'meetings' | 'agenda_items' | 'notes' | 'messages' | 'files',
    column: 'owner_user_id' | 'author_user_id' | 'added_by_user_id',
  ) => {
    const row = await ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('count'))
      .where(ctx.db.dynamic.ref(column), '=', userId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };
  const [meetingsOwned, agendaItems, notes, messages, files] = await Promise.all([
    count('meetings', 'owner_user_id'),
    count('agenda_items', 'author_user_id'),
    count('notes', 'author_user_id'),
    count('messages', 'author_user_id'),
    count('files', 'added_by_user_id'),
  ]);
  return { meetingsOwned, agendaItems, notes, messages, files };
}
