/**
 * The retention sweep (`cli sweep`, DESIGN §6): in each tenant whose admins set a retention,
 * users inactive for longer are erased exactly as `DELETE /v1/me` erases (store/erasure.ts),
 * and meetings idle for longer are deleted with everything in them. Accounts an admin
 * disabled are left alone: policy §8(2) keeps them for their co-workers. Every deletion is
 * audited with the sweep as its actor.
 *
 * Planning and sweeping are separate so that `--dry-run` lists what a sweep would delete; the
 * sweep checks each row again as it deletes it, so a user who comes back meanwhile stays.
 */
import { parseTenantKey } from '../auth/tenant';
import { recordAudit, sweepActor } from '../store/audit-log';
import { inTransaction, type StoreContext } from '../store/context';
import { eraseAccount } from '../store/erasure';
import { inIdOrder } from '../store/in-id-order';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export interface TenantSweep {
  tenantId: string;
  /** The Workspace domain, or null for a personal account's tenant. */
  domain: string | null;
  retentionDays: number;
  /** Epoch milliseconds: activity before this is past retention. */
  cutoff: number;
  inactiveUsers: number;
  idleMeetings: number;
}

export interface SweepResult {
  erasedUsers: number;
  /** Idle meetings, and the meetings of erased users. */
  deletedMeetings: number;
}

export type SweepProgress = (done: number, total: number) => void;

export async function planRetentionSweep(ctx: StoreContext): Promise<TenantSweep[]> {
  const tenants = await ctx.db
    .selectFrom('tenants')
    .select(['id', 'tenant_key', 'retention_days'])
    .where('retention_days', 'is not', null)
    .orderBy('id')
    .execute();
  const plan: TenantSweep[] = [];
  for (const tenant of tenants) {
    const retentionDays = tenant.retention_days as number;
    const cutoff = ctx.now() - retentionDays * MS_PER_DAY;
    const key = parseTenantKey(tenant.tenant_key);
    plan.push({
      tenantId: tenant.id,
      domain: key.kind === 'domain' ? key.domain : null,
      retentionDays,
      cutoff,
      inactiveUsers: await countRows(inactiveUsers(ctx, tenant.id, cutoff)),
      idleMeetings: await countRows(idleMeetings(ctx, tenant.id, cutoff)),
    });
  }
  return plan;
}

export async function runRetentionSweep(
  ctx: StoreContext,
  plan: TenantSweep[],
  onProgress: SweepProgress = () => {},
): Promise<SweepResult> {
  const total = plan.reduce((sum, t) => sum + t.inactiveUsers + t.idleMeetings, 0);
  const result: SweepResult = { erasedUsers: 0, deletedMeetings: 0 };
  let done = 0;
  const step = () => onProgress(Math.min(++done, total), total);
  onProgress(0, total);
  for (const tenant of plan) {
    const actor = sweepActor(tenant.tenantId);
    for await (const userId of idsOf(inactiveUsers(ctx, tenant.tenantId, tenant.cutoff))) {
      const erased = await eraseAccount(ctx, {
        tenantId: tenant.tenantId,
        userId,
        action: 'retention.account.erase',
        actor,
        inactiveBefore: tenant.cutoff,
      });
      if (erased) {
        result.erasedUsers += 1;
        result.deletedMeetings += erased.meetings;
      }
      step();
    }
    for await (const meetingId of idsOf(idleMeetings(ctx, tenant.tenantId, tenant.cutoff))) {
      if (await deleteIdleMeeting(ctx, tenant, meetingId)) result.deletedMeetings += 1;
      step();
    }
  }
  onProgress(total, total);
  return result;
}

function inactiveUsers(ctx: StoreContext, tenantId: string, cutoff: number) {
  return ctx.db
    .selectFrom('users')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'active')
    .where('last_seen_at', '<', cutoff);
}

function idleMeetings(ctx: StoreContext, tenantId: string, cutoff: number) {
  return ctx.db
    .selectFrom('meetings')
    .where('tenant_id', '=', tenantId)
    .where('updated_at', '<', cutoff);
}

/**
 * Rows of users or meetings with an `id`. Kysely cannot call a method on a union of builders,
 * so the helpers below use the one for meetings: the SQL is the builder's, whichever it is.
 */
type Candidates = ReturnType<typeof inactiveUsers> | ReturnType<typeof idleMeetings>;

async function countRows(candidates: Candidates): Promise<number> {
  const { count } = await (candidates as ReturnType<typeof idleMeetings>)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Ids in order, a batch at a time: rows are deleted as they are handed out. */
async function* idsOf(candidates: Candidates): AsyncGenerator<string> {
  const rows = inIdOrder((after, limit) =>
    (candidates as ReturnType<typeof idleMeetings>)
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute(),
  );
  for await (const row of rows) yield row.id;
}

/** Deletes the meeting if it is still idle; its content, guests and saved responses cascade. */
async function deleteIdleMeeting(
  ctx: StoreContext,
  tenant: TenantSweep,
  meetingId: string,
): Promise<boolean> {
  return inTransaction(ctx, async (trx) => {
    const { numDeletedRows } = await trx.db
      .deleteFrom('meetings')
      .where('id', '=', meetingId)
      .where('tenant_id', '=', tenant.tenantId)
      .where('updated_at', '<', tenant.cutoff)
      .executeTakeFirst();
    if (numDeletedRows === BigInt(0)) return false;
    await recordAudit(trx, sweepActor(tenant.tenantId), 'retention.meeting.delete', meetingId, {
      retentionDays: tenant.retentionDays,
    });
    return true;
  });
}
