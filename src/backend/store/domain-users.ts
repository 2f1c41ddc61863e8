/**
 * A domain's users as its admins manage them (the admin console): listed and found within
 * one tenant only, disabled or enabled, made admin or member. Admins see each user's email
 * and name (from the user's own tokens) and when they were last active, and nothing more.
 */
import type { Selectable } from 'kysely';
import { countActiveAdmins } from './accounts';
import { recordAudit, type AuditActor } from './audit-log';
import { inTransaction, type StoreContext } from './context';
import type { UserRole, UsersTable } from './tables';

export interface DomainUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  disabled: boolean;
  lastSeenAt: number;
}

export interface DomainUserPage {
  users: DomainUser[];
  nextCursor: string | null;
}

/**
 * Emails are stored encrypted, so a prefix cannot be searched in SQL: the tenant's users are
 * read in id order a batch at a time and matched here, until the page is full.
 */
const SEARCH_BATCH_SIZE = 200;

export async function listDomainUsers(
  ctx: StoreContext,
  tenantId: string,
  page: { prefix: string; cursor?: string; limit: number },
): Promise<DomainUserPage> {
  const prefix = page.prefix.trim().toLowerCase();
  const batchSize = prefix ? SEARCH_BATCH_SIZE : page.limit + 1;
  const matches: DomainUser[] = [];
  let after = page.cursor ?? '';
  for (;;) {
    const rows = await ctx.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const user = toDomainUser(ctx, row);
      if (user.email.startsWith(prefix)) matches.push(user);
    }
    const last = rows[rows.length - 1];
    if (matches.length > page.limit || !last || rows.length < batchSize) break;
    after = last.id;
  }
  const users = matches.slice(0, page.limit);
  const lastShown = users[users.length - 1];
  return { users, nextCursor: matches.length > page.limit && lastShown ? lastShown.id : null };
}

export async function findDomainUser(
  ctx: StoreContext,
  tenantId: string,
  userId: string,
): Promise<DomainUser | undefined> {
  const row = await ctx.db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row && toDomainUser(ctx, row);
}

export interface DomainUserChanges {
  disabled?: boolean;
  role?: UserRole;
}

export type DomainUserUpdate =
  | { outcome: 'updated'; user: DomainUser }
  | { outcome: 'not-found' }
  /** The change would leave the domain without an active admin. */
  | { outcome: 'last-admin' };

export async function updateDomainUser(
  ctx: StoreContext,
  admin: AuditActor,
  userId: string,
  changes: DomainUserChanges,
): Promise<DomainUserUpdate> {
  const { tenantId } = admin;
  return inTransaction(ctx, async (trx) => {
    // The tenant row first: two admins demoting each other at once queue here, so the
    // second one's count below sees the first one's change (as touchMeeting does for content).
    await trx.db
      .updateTable('tenants')
      .set({ updated_at: trx.now() })
      .where('id', '=', tenantId)
      .execute();
    const user = await findDomainUser(trx, tenantId, userId);
    if (!user) return { outcome: 'not-found' };
    const updated: DomainUser = {
      ...user,
      role: changes.role ?? user.role,
      disabled: changes.disabled ?? user.disabled,
    };
    const wasActiveAdmin = user.role === 'admin' && !user.disabled;
    const staysActiveAdmin = updated.role === 'admin' && !updated.disabled;
    if (
      wasActiveAdmin &&
      !staysActiveAdmin &&
      (await countActiveAdmins(trx, tenantId, userId)) === 0
    ) {
      return { outcome: 'last-admin' };
    }
    await trx.db
      .updateTable('users')
      .set({
        role: updated.role,
        status: updated.disabled ? 'disabled' : 'active',
        updated_at: trx.now(),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', userId)
      .execute();
    if (updated.role !== user.role) {
      await recordAudit(
        trx,
        admin,
        updated.role === 'admin' ? 'admin.role.grant' : 'admin.role.revoke',
        userId,
      );
    }
    if (updated.disabled !== user.disabled) {
      await recordAudit(
        trx,
        admin,
        updated.disabled ? 'admin.user.disable' : 'admin.user.enable',
        userId,
      );
    }
    return { outcome: 'updated', user: updated };
  });
}

const USER_COLUMNS = ['id', 'email_enc', 'name_enc', 'role', 'status', 'last_seen_at'] as const;

type UserRow = Pick<Selectable<UsersTable>, (typeof USER_COLUMNS)[number]>;

function toDomainUser(ctx: StoreContext, row: UserRow): DomainUser {
  return {
    id: row.id,
    email: ctx.cipher.decrypt(row.email_enc),
    name: row.name_enc === null ? null : ctx.cipher.decrypt(row.name_enc),
    role: row.role,
    disabled: row.status === 'disabled',
    lastSeenAt: row.last_seen_at,
  };
}
