/**
 * The audit log: who did what to which meeting or account, for domain admins and operators.
 * The actor is a user id (pseudonymous, meaningless once the account is erased) or the name
 * of a job, and the detail holds counts, flags and policy words only, never content or emails.
 */
import type { Scope } from '../access/scope';
import type { StoreContext } from './context';
import { newId } from './ids';
import type { ExternalGuestsPolicy, MaxDriveRole, UserRole } from './tables';

export type AuditAction =
  | 'account.create'
  | 'meeting.create'
  | 'meeting.delete'
  | 'meeting.guests.replace'
  // The user's own privacy rights (policy §8, §11).
  | 'privacy.export'
  | 'privacy.preferences.update'
  | 'account.erase'
  | 'account.disconnect'
  // Domain administration.
  | 'admin.bootstrap'
  | 'admin.role.grant'
  | 'admin.role.revoke'
  | 'admin.user.disable'
  | 'admin.user.enable'
  | 'admin.policy.update'
  // The retention sweep (jobs/retention-sweep.ts).
  | 'retention.account.erase'
  | 'retention.meeting.delete';

/** Words a detail may hold besides numbers and flags: the values of the domain policy. */
type PolicyWord = ExternalGuestsPolicy | MaxDriveRole | UserRole;
export type AuditDetail = Readonly<Record<string, number | boolean | null | PolicyWord>>;

/** Who acted: a user (by id) in their tenant. */
export type AuditActor = Pick<Scope, 'tenantId' | 'userId'>;

/** The actor of what the retention sweep deletes: a job, not a person. */
export const RETENTION_SWEEP_ACTOR = 'retention-sweep';

export function sweepActor(tenantId: string): AuditActor {
  return { tenantId, userId: RETENTION_SWEEP_ACTOR };
}

export async function recordAudit(
  ctx: StoreContext,
  actor: AuditActor,
  action: AuditAction,
  targetId: string | null,
  detail?: AuditDetail,
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

export interface AuditRecord {
  id: string;
  at: number;
  action: string;
  actor: string;
  target: string | null;
  detail: AuditDetail | null;
}

export interface AuditRecordPage {
  entries: AuditRecord[];
  nextCursor: string | null;
}

/** A tenant's log, newest first; `cursor` is the last id of the previous page. */
export async function listAudit(
  ctx: StoreContext,
  tenantId: string,
  page: { cursor?: string; limit: number },
): Promise<AuditRecordPage> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select(['id', 'created_at', 'action', 'actor', 'target_id', 'detail'])
    .where('tenant_id', '=', tenantId)
    .$if(page.cursor !== undefined, (query) => query.where('id', '<', page.cursor as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const entries = rows.slice(0, page.limit).map((row) => ({
    id: row.id,
    at: row.created_at,
    action: row.action,
    actor: row.actor,
    target: row.target_id,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as AuditDetail),
  }));
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > page.limit && last ? last.id : null };
}
