import type { VerifiedIdentity } from './id-token';

/**
 * A Workspace domain is one tenant; a consumer account (no `hd` claim) is a tenant of one,
 * keyed by `sub` because a consumer's email can change hands.
 */
export function tenantKeyOf(identity: VerifiedIdentity): string {
  return identity.hd ? `domain:${identity.hd.toLowerCase()}` : `personal:${identity.sub}`;
}
