import { SignJWT } from 'jose';
import { startBackend } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import {
  alice,
  AUDIENCE,
  dave,
  ISSUER,
  workspaceUser,
  type TestUser,
} from '../helpers/backend/identity';
import { setUpSuite } from '../helpers/backend/suite';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(eachDatabase())('authentication on %s', (_name, kind) => {
  const suite = setUpSuite(kind, { config: { bootstrapAdmins: [alice.email] } });

  const meWith = (authorization?: string) =>
    suite.backend.request({
      method: 'GET',
      url: '/v1/me',
      headers: authorization === undefined ? {} : { authorization },
    });

  const claimsOf = (user: TestUser) => ({
    sub: user.sub,
    email: user.email,
    email_verified: true,
    iss: ISSUER,
    aud: AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });

  it('creates the account and tenant on the first request, and only then', async () => {
    const count = async () => {
      const users = await suite.store.db.selectFrom('users').select('id').execute();
      const tenants = await suite.store.db.selectFrom('tenants').select('id').execute();
      return [users.length, tenants.length];
    };
    // A domain no other test signs in from, so the tenant is new whatever ran before.
    const newcomer = workspaceUser('9003', 'erin@initech.example', 'Erin Initech');
    const before = await count();
    const first = await suite.backend.as(newcomer).get('/v1/me');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      user: { email: newcomer.email, name: newcomer.name, role: 'member' },
      tenant: { kind: 'domain', domain: 'initech.example', externalGuests: 'allow' },
      preferences: { allowStatistics: true },
    });
    const afterFirst = await count();
    expect(afterFirst).toEqual([before[0]! + 1, before[1]! + 1]);
    await suite.backend.as(newcomer).get('/v1/me');
    expect(await count()).toEqual(afterFirst);
  });

  it('gives a consumer account a personal tenant of its own', async () => {
    const response = await suite.backend.as(dave).get('/v1/me');
    expect(response.status).toBe(200);
    expect(response.body.tenant).toEqual({
      kind: 'personal',
      domain: null,
      externalGuests: 'allow',
      maxDriveRole: 'writer',
      retentionDays: null,
    });
  });

  it('makes bootstrap admins admins on their first sign-in', async () => {
    const response = await suite.backend.as(alice).get('/v1/me');
    expect(response.body.user.role).toBe('admin');
  });

  it('keys users by sub: a changed email updates the same account', async () => {
    const user = workspaceUser('9001', 'old@acme.example', 'Renamed');
    const before = await suite.backend.as(user).get('/v1/me');
    const renamed = await meWith(
      `Bearer ${await suite.idp.tokenFor({ ...user, email: 'new@acme.example' })}`,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.user).toMatchObject({ id: before.body.user.id, email: 'new@acme.example' });
  });

  it('refuses a disabled account 403 account_disabled, but still tells it so on GET /v1/me', async () => {
    const user = workspaceUser('9002', 'gone@acme.example', 'Gone');
    await suite.backend.as(user).get('/v1/me');
    await suite.store.db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('sub', '=', user.sub)
      .execute();
    const lookup = await suite.backend.as(user).post('/v1/meetings/lookup', { eventIds: [] });
    expect(lookup.status).toBe(403);
    expect(lookup.body.error).toBe('account_disabled');
    expect(lookup.body.message).toMatch(/disabled by its domain administrator/);
    const me = await suite.backend.as(user).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.disabled).toBe(true);
  });

  describe('answers 401 unauthenticated', () => {
    const bad: Array<[string, () => Promise<string | undefined>]> = [
      ['no Authorization header', async () => undefined],
      ['a non-Bearer scheme', async () => 'Basic YWxpY2U6c2VjcmV0'],
      ['a token that is not a JWT', async () => 'Bearer not-a-token'],
      [
        'a token signed by another key',
        async () => `Bearer ${await suite.idp.tokenFor(alice, { key: suite.idp.strangerKey })}`,
      ],
      [
        'an expired token',
        async () =>
          `Bearer ${await suite.idp.tokenFor(alice, { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
      ],
      [
        'a token for another audience',
        async () => `Bearer ${await suite.idp.tokenFor(alice, { aud: 'someone-else' })}`,
      ],
      [
        'a token from another issuer',
        async () => `Bearer ${await suite.idp.tokenFor(alice, { iss: 'https://evil.example' })}`,
      ],
      [
        'a token whose email is not verified',
        async () =>
          `Bearer ${await suite.idp.tokenFor(alice, { claims: { email_verified: false } })}`,
      ],
      [
        'a subject longer than the 255 characters stored',
        async () =>
          `Bearer ${await suite.idp.tokenFor(workspaceUser('1'.repeat(256), 'long@acme.example', 'Long'))}`,
      ],
      [
        'a domain longer than a DNS name can be',
        async () =>
          `Bearer ${await suite.idp.tokenFor({ ...workspaceUser('9101', 'x@long.example', 'Long'), hd: `${'d'.repeat(250)}.example` })}`,
      ],
      [
        'an email longer than an address can be',
        async () =>
          `Bearer ${await suite.idp.tokenFor(workspaceUser('9102', `${'e'.repeat(64)}@${'f'.repeat(250)}.example`, 'Long'))}`,
      ],
      [
        'an unsigned token (alg none)',
        async () =>
          `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf(alice))}.`,
      ],
      [
        'an HS256 token',
        async () =>
          `Bearer ${await new SignJWT(claimsOf(alice))
            .setProtectedHeader({ alg: 'HS256' })
            .sign(new TextEncoder().encode('a-shared-secret-that-nobody-should-accept'))}`,
      ],
    ];

    it.each(bad)('for %s', async (_case, authorization) => {
      const response = await meWith(await authorization());
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthenticated');
      expect(response.body.message).toEqual(expect.any(String));
    });
  });

  it("answers 503 with Retry-After when Google's key set cannot be fetched", async () => {
    const unreachable = await startBackend(
      { ...suite.config, oidc: { ...suite.config.oidc, jwksUrl: 'http://127.0.0.1:1/certs' } },
      suite.idp,
      { store: suite.store },
    );
    try {
      const response = await unreachable.as(alice).get('/v1/me');
      expect(response.status).toBe(503);
      expect(response.body.error).toBe('unavailable');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await unreachable.app.close();
    }
  });
});
