/** The user's privacy choices: today, whether their data may feed statistics (policy §11(2)). */
import type { Scope } from '../access/scope';
import { recordAudit } from './audit-log';
import { inTransaction, type StoreContext } from './context';

export async function setAllowStatistics(
  ctx: StoreContext,
  scope: Scope,
  allowStatistics: boolean,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await trx.db
      .updateTable('users')
      .set({ allow_statistics: allowStatistics ? 1 : 0, updated_at: trx.now() })
      .where('id', '=', scope.userId)
      .where('tenant_id', '=', scope.tenantId)
      .execute();
    await recordAudit(trx, scope, 'privacy.preferences.update', scope.userId, { allowStatistics });
  });
}
