import { parseTenantKey, tenantKeyOf } from '../../../src/backend/auth/tenant';

describe('tenant keys', () => {
  it('key a Workspace account by its domain, lowercased, and read the domain back', () => {
    const key = tenantKeyOf({ sub: '1001', hd: 'Acme.Example' });
    expect(key).toBe('domain:acme.example');
    expect(parseTenantKey(key)).toEqual({ kind: 'domain', domain: 'acme.example' });
  });

  it('key a consumer account by its subject, and read the subject back', () => {
    const key = tenantKeyOf({ sub: '3001', hd: null });
    expect(key).toBe('personal:3001');
    expect(parseTenantKey(key)).toEqual({ kind: 'personal', sub: '3001' });
  });

  it('give back the stored key when a parsed key is turned into a key again', () => {
    for (const stored of ['domain:globex.example', 'personal:110248495921238986420']) {
      const tenant = parseTenantKey(stored);
      const identity =
        tenant.kind === 'domain'
          ? { sub: 'any', hd: tenant.domain }
          : { sub: tenant.sub, hd: null };
      expect(tenantKeyOf(identity)).toBe(stored);
    }
  });

  it('refuse keys tenantKeyOf never writes, without echoing them', () => {
    for (const corrupt of ['', 'domain:', 'personal:', 'team:acme.example', 'acme.example']) {
      expect(() => parseTenantKey(corrupt)).toThrow(/neither domain:<hd> nor personal:<sub>/);
    }
  });
});
