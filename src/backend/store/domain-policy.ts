/**
 * The domain policy its admins set (DESIGN §5, §6): whether guests from other tenants may
 * open the domain's meetings, the highest Drive role the add-on may grant, and the retention
 * the sweep applies. store/visible-meetings.ts and jobs/retention-sweep.ts read it.
 */
import { recordAudit, type AuditActor } from './audit-log';
import { inTransaction, type StoreContext } from './context';
import type { ExternalGuestsPolicy, MaxDriveRole } from './tables';

export interface DomainPolicy {
  externalGuests: ExternalGuestsPolicy;
  maxDriveRole: MaxDriveRole;
  retentionDays: number | null;
}

export async function readDomainPolicy(ctx: StoreContext, tenantId: string): Promise<DomainPolicy> {
  const row = await ctx.db
    .selectFrom('tenants')
    .select(['external_guests', 'max_drive_role', 'retention_days'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return {
    externalGuests: row.external_guests,
    maxDriveRole: row.max_drive_role,
    retentionDays: row.retention_days,
  };
}

export async function writeDomainPolicy(
  ctx: StoreContext,
  admin: AuditActor,
  policy: DomainPolicy,
): Promise<DomainPolicy> {
  await inTransaction(ctx, async (trx) => {
    await trx.db
      .updateTable('tenants')
      .set({
        external_guests: policy.externalGuests,
        max_drive_role: policy.maxDriveRole,
        retention_days: policy.retentionDays,
        updated_at: trx.now(),
      })
      .where('id', '=', admin.tenantId)
      .execute();
    await recordAudit(trx, admin, 'admin.policy.update', admin.tenantId, { ...policy });
  });
  return policy;
}
