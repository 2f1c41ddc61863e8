/**
 * Accounts: the tenant and user behind a verified identity. There is no sign-up: the first
 * authenticated request creates both (DESIGN §6). Emails and names are stored encrypted,
 * with a blind index for lookups by email.
 */
import type { VerifiedIdentity } from '../auth/id-token';
import { tenantKeyOf } from '../auth/tenant';
import type { Scope } from '../access/scope';
import type { StoreContext } from './context';
import { recordAudit } from './audit-log';
import { newId } from './ids';
import { insertUnlessDuplicate } from './unique-insert';
import type { ExternalGuestsPolicy, MaxDriveRole, UserRole, UserStatus } from './tables';

export interface Account {
  scope: Scope;
  tenantKey: string;
  externalGuests: ExternalGuestsPolicy;
  maxDriveRole: MaxDriveRole;
  retentionDays: number | null;
  email: string;
  name: string | null;
  role: UserRole;
  status: UserStatus;
  allowStatistics: boolean;
  createdAt: number;
  /** Epoch milliseconds, to the hour (LAST_SEEN_RESOLUTION_MS). */
  lastSeenAt: number;
}

/** last_seen_at feeds the retention sweep; hourly precision spares a write per request. */
const LAST_SEEN_RESOLUTION_MS = 60 * 60 * 1000;

export async function signIn(
  ctx: StoreContext,
  identity: VerifiedIdentity,
  bootstrapAdmins: readonly string[],
): Promise<Account> {
  const existing = await findAccountBySub(ctx, identity);
  if (existing) {
    await refreshUser(ctx, existing, identity);
    if (bootstrapAdmins.includes(identity.email)) await bootstrapAdmin(ctx, existing);
    return existing;
  }
  const tenantId = await findOrCreateTenant(ctx, tenantKeyOf(identity));
  await createUser(ctx, tenantId, identity, bootstrapAdmins);
  const created = await findAccountBySub(ctx, identity);
  if (!created) throw new Error('The new account could not be read back.');
  return created;
}

interface LoadedAccount extends Account {
  emailIndex: string;
}

async function findAccountBySub(
  ctx: StoreContext,
  identity: VerifiedIdentity,
): Promise<LoadedAccount | undefined> {
  const row = await ctx.db
    .selectFrom('users')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select([
      'users.id',
      'users.tenant_id',
      'users.email_index',
      'users.name_enc',
      'users.role',
      'users.status',
      'users.allow_statistics',
      'users.created_at',
      'users.last_seen_at',
      'tenants.tenant_key',
      'tenants.external_guests',
      'tenants.max_drive_role',
      'tenants.retention_days',
    ])
    .where('users.sub', '=', identity.sub)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    scope: { tenantId: row.tenant_id, userId: row.id, email: identity.email },
    tenantKey: row.tenant_key,
    externalGuests: row.external_guests,
    maxDriveRole: row.max_drive_role,
    retentionDays: row.retention_days,
    // The token is the fresher source; refreshUser stores it if it changed.
    email: identity.email,
    name: identity.name,
    role: row.role,
    status: row.status,
    allowStatistics: row.allow_statistics === 1,
    createdAt: row.created_at,
    emailIndex: row.email_index,
    lastSeenAt: row.last_seen_at,
  };
}

/** Another request may create the same tenant at the same moment: insert unless there, then read. */
async function findOrCreateTenant(ctx: StoreContext, tenantKey: string): Promise<string> {
  const now = ctx.now();
  await insertUnlessDuplicate(
    ctx.db.insertInto('tenants').values({
      id: newId(),
      tenant_key: tenantKey,
      external_guests: 'allow',
      max_drive_role: 'writer',
      retention_days: null,
      created_at: now,
      updated_at: now,
    }),
  );
  const tenant = await ctx.db
    .selectFrom('tenants')
    .select('id')
    .where('tenant_key', '=', tenantKey)
    .executeTakeFirstOrThrow();
  return tenant.id;
}

async function createUser(
  ctx: StoreContext,
  tenantId: string,
  identity: VerifiedIdentity,
  bootstrapAdmins: readonly string[],
): Promise<void> {
  const now = ctx.now();
  const id = newId();
  const created = await insertUnlessDuplicate(
    ctx.db.insertInto('users').values({
      id,
      tenant_id: tenantId,
      sub: identity.sub,
      email_enc: ctx.cipher.encrypt(identity.email),
      email_index: ctx.blindIndex.of('email', identity.email),
      name_enc: identity.name === null ? null : ctx.cipher.encrypt(identity.name),
      role: bootstrapAdmins.includes(identity.email) ? 'admin' : 'member',
      status: 'active',
      allow_statistics: 1,
      created_at: now,
      updated_at: now,
      last_seen_at: now,
    }),
  );
  if (created) {
    await recordAudit(ctx, { tenantId, userId: id }, 'account.create', id);
  }
}

/**
 * MINGWORK_BOOTSTRAP_ADMINS names the first admins of a domain. A listed member who signed
 * in before the list was set is promoted on a later request, but only while the domain has
 * no active admin: once it has one, its admins decide roles, and a bootstrap admin whose
 * role they revoked stays revoked.
 */
async function bootstrapAdmin(ctx: StoreContext, account: LoadedAccount): Promise<void> {
  if (account.role === 'admin' || account.status !== 'active') return;
  const { tenantId, userId } = account.scope;
  if (await countActiveAdmins(ctx, tenantId)) return;
  const { numUpdatedRows } = await ctx.db
    .updateTable('users')
    .set({ role: 'admin', updated_at: ctx.now() })
    .where('id', '=', userId)
    .where('role', '=', 'member')
    .executeTakeFirst();
  if (numUpdatedRows === BigInt(0)) return;
  account.role = 'admin';
  await recordAudit(ctx, account.scope, 'admin.bootstrap', userId);
}

/** Active admins of a tenant, leaving out `except` (the user about to lose the role). */
export async function countActiveAdmins(
  ctx: StoreContext,
  tenantId: string,
  except?: string,
): Promise<number> {
  const { count } = await ctx.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .$if(except !== undefined, (query) => query.where('id', '!=', except as string))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Keeps the stored email and name in step with Google's, and the last-seen time roughly current. */
async function refreshUser(
  ctx: StoreContext,
  account: LoadedAccount,
  identity: VerifiedIdentity,
): Promise<void> {
  const now = ctx.now();
  const emailIndex = ctx.blindIndex.of('email', identity.email);
  const emailChanged = emailIndex !== account.emailIndex;
  const stale = now - account.lastSeenAt >= LAST_SEEN_RESOLUTION_MS;
  if (!emailChanged && !stale) return;
  await ctx.db
    .updateTable('users')
    .set({
      last_seen_at: now,
      updated_at: now,
      email_enc: ctx.cipher.encrypt(identity.email),
      email_index: emailIndex,
      name_enc: identity.name === null ? null : ctx.cipher.encrypt(identity.name),
    })
    .where('id', '=', account.scope.userId)
    .execute();
}
