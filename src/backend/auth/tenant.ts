import type { VerifiedIdentity } from './id-token';

/**
 * A Workspace domain is one tenant; a consumer account (no `hd` claim) is a tenant of one,
 * keyed by `sub` because a consumer's email can change hands. Stored as `domain:<hd>` or
 * `personal:<sub>` (tenants.tenant_key); this file is the only one that reads or writes it.
 */
export type ParsedTenantKey =
  { kind: 'domain'; domain: string } | { kind: 'personal'; sub: string };

const DOMAIN_PREFIX = 'domain:';
const PERSONAL_PREFIX = 'personal:';

export function tenantKeyOf(identity: Pick<VerifiedIdentity, 'sub' | 'hd'>): string {
  return identity.hd
    ? `${DOMAIN_PREFIX}${identity.hd.toLowerCase()}`
    : `${PERSONAL_PREFIX}${identity.sub}`;
}

/** The inverse of tenantKeyOf. Stored keys are only ever written by it, so any other is a bug. */
export function parseTenantKey(key: string): ParsedTenantKey {
  if (key.startsWith(DOMAIN_PREFIX) && key.length > DOMAIN_PREFIX.length) {
    return { kind: 'domain', domain: key.slice(DOMAIN_PREFIX.length) };
  }
  if (key.startsWith(PERSONAL_PREFIX) && key.length > PERSONAL_PREFIX.length) {
    return { kind: 'personal', sub: key.slice(PERSONAL_PREFIX.length) };
  }
  // The key itself stays out of the message: a personal one holds a Google account id.
  throw new Error('A stored tenant key is neither domain:<hd> nor personal:<sub>.');
}

/** The Workspace domain of a stored tenant key; null for a personal (consumer) tenant. */
export function domainOfTenantKey(key: string): string | null {
  const tenant = parseTenantKey(key);
  return tenant.kind === 'domain' ? tenant.domain : null;
}
