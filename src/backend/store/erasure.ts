/**
 * Erasure (DESIGN §6, policy §8 and §11(3)): the user's account goes, with the meetings they
 * own (everything in them, whoever wrote it) and their private notes everywhere. What they
 * wrote in other people's meetings stays for those co-workers, with the authorship removed.
 * The account's saved Idempotency-Key responses and its blind index (the email lookup on the
 * users row) go with it. `DELETE /v1/me`, `POST /v1/me/disconnect` and the retention sweep
 * all erase this way; the audit log says which did, with pseudonyms only.
 */
import { recordAudit, type AuditAction, type AuditActor } from './audit-log';
import { inTransaction, type StoreContext } from './context';

export interface ErasedAccount {
  meetings: number;
  privateNotes: number;
  /** Items in other people's meetings that stay, now without an author. */
  anonymised: number;
}

export interface ErasureRequest {
  tenantId: string;
  userId: string;
  action: Extract<AuditAction, 'account.erase' | 'account.disconnect' | 'retention.account.erase'>;
  actor: AuditActor;
  /**
   * Erase only if the account has been inactive since before this time (the sweep): a user
   * who came back between the sweep's plan and its work keeps their account.
   */
  inactiveBefore?: number;
}

/** Undefined when there was no such account (or it is no longer inactive). */
export async function eraseAccount(
  ctx: StoreContext,
  request: ErasureRequest,
): Promise<ErasedAccount | undefined> {
  const { tenantId, userId } = request;
  return inTransaction(ctx, async (trx) => {
    // The users row first: it locks the account against a concurrent erasure or sign-in
    // refresh, and tells whether there is anything to erase.
    const { numUpdatedRows } = await trx.db
      .updateTable('users')
      .set({ updated_at: trx.now() })
      .where('id', '=', userId)
      .where('tenant_id', '=', tenantId)
      .$if(request.inactiveBefore !== undefined, (query) =>
        query.where('last_seen_at', '<', request.inactiveBefore as number),
      )
      .executeTakeFirst();
    if (numUpdatedRows === BigInt(0)) return undefined;

    // Content, guests and saved responses of these meetings cascade with them.
    const meetings = await trx.db
      .deleteFrom('meetings')
      .where('tenant_id', '=', tenantId)
      .where('owner_user_id', '=', userId)
      .executeTakeFirst();
    const privateNotes = await trx.db
      .deleteFrom('notes')
      .where('author_user_id', '=', userId)
      .where('visibility', '=', 'private')
      .executeTakeFirst();
    let anonymised = 0;
    for (const table of ['agenda_items', 'notes', 'messages'] as const) {
      const result = await trx.db
        .updateTable(table)
        .set({ author_user_id: null })
        .where('author_user_id', '=', userId)
        .executeTakeFirst();
      anonymised += Number(result.numUpdatedRows);
    }
    const files = await trx.db
      .updateTable('files')
      .set({ added_by_user_id: null })
      .where('added_by_user_id', '=', userId)
      .executeTakeFirst();
    anonymised += Number(files.numUpdatedRows);
    await trx.db.deleteFrom('idempotency_keys').where('user_id', '=', userId).execute();
    await trx.db.deleteFrom('users').where('id', '=', userId).execute();

    const erased: ErasedAccount = {
      meetings: Number(meetings.numDeletedRows),
      privateNotes: Number(privateNotes.numDeletedRows),
      anonymised,
    };
    await recordAudit(trx, request.actor, request.action, userId, { ...erased });
    return erased;
  });
}
