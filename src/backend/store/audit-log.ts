/**
 * The audit log: who did what to which meeting or account, for domain admins and operators.
 * The actor is a user id (pseudonymous, meaningless once the account is erased) and the
 * detail holds counts and flags only, never content or emails.
 */
import type { Scope } from '../access/scope';
import type { StoreContext } from './context';
import { newId } from './ids';

export type AuditAction =
  'account.create' | 'meeting.create' | 'meeting.delete' | 'meeting.guests.replace';

export async function recordAudit(
  ctx: StoreContext,
  actor: Pick<Scope, 'tenantId' | 'userId'>,
  action: AuditAction,
  targetId: string,
  detail?: Record<string, number | boolean>,
): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      id: newId(),
      tenant_id: actor.tenantId,
      actor: actor.userId,
      action,
      target_id: targetId,
      detail: detail ? JSON.stringify(detail) : null,
      created_at: ctx.now(),
    })
    .execute();
}
