/**
 * The admin console's API (DESIGN §6): a domain admin manages the users, the policy and reads
 * the audit log of their own domain, and nobody else learns these routes exist.
 */
import { updateDomainUser } from '../../src/backend/store/domain-users';
import { startBackend } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import { organizerDigests, organizerHeader } from '../helpers/backend/digests';
import { workspaceUser, type TestUser } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { storeContextOf } from '../helpers/backend/store-context';
import { setUpSuite } from '../helpers/backend/suite';

/** Each domain here belongs to this file, so its user list and audit log are known exactly. */
const admin = workspaceUser('8001', 'ada@wayne.example', 'Ada Admin');
const member = workspaceUser('8002', 'mel@wayne.example', 'Mel Member');
const other = workspaceUser('8003', 'otto@wayne.example', 'Otto Other');
const outsider = workspaceUser('8101', 'oz@stark.example', 'Oz Stark');
const outsiderAdmin = workspaceUser('8102', 'sam@stark.example', 'Sam Stark');

const ADMIN_CALLS: Array<[string, string, unknown?]> = [
  ['GET', '/v1/admin/users'],
  ['GET', '/v1/admin/users/0123456789abcdef0123456789abcdef'],
  ['PATCH', '/v1/admin/users/0123456789abcdef0123456789abcdef', { disabled: true }],
  ['GET', '/v1/admin/policy'],
  [
    'PUT',
    '/v1/admin/policy',
    { externalGuests: 'deny', maxDriveRole: 'reader', retentionDays: 30 },
  ],
  ['GET', '/v1/admin/audit'],
];

describe.each(eachDatabase())('admin console API on %s', (_name, kind) => {
  const suite = setUpSuite(kind, {
    config: { bootstrapAdmins: [admin.email, outsiderAdmin.email] },
  });
  const as = (user: TestUser) => suite.backend.as(user);
  const idOf = async (user: TestUser) => (await as(user).get('/v1/me')).body.user.id as string;
  const tokens = new Map<TestUser, string>();
  const call = (user: TestUser, [method, url, body]: [string, string, unknown?]) =>
    suite.backend.request({
      method,
      url,
      body,
      headers: { authorization: `Bearer ${tokens.get(user)}` },
    });

  beforeAll(async () => {
    for (const user of [admin, member, other, outsider, outsiderAdmin]) {
      tokens.set(user, await suite.idp.tokenFor(user));
      await as(user).get('/v1/me');
    }
  });

  describe('to anyone but an admin of the domain, the routes do not exist', () => {
    it.each(ADMIN_CALLS)('%s %s answers a member 404, as an unknown route does', async (...c) => {
      const [method, url] = c;
      const response = await call(member, c);
      const unknown = await call(member, [method, '/v1/no-such-route']);
      expect(response.status).toBe(404);
      expect(unknown.body).toEqual({
        error: 'not_found',
        message: `No route ${method} /v1/no-such-route.`,
      });
      expect(response.body).toEqual({ error: 'not_found', message: `No route ${method} ${url}.` });
    });

    it('answers an admin of another domain 404 for this domain’s users', async () => {
      const memberId = await idOf(member);
      const read = await as(outsiderAdmin).get(`/v1/admin/users/${memberId}`);
      const change = await as(outsiderAdmin).patch(`/v1/admin/users/${memberId}`, {
        disabled: true,
      });
      expect([read.status, change.status]).toEqual([404, 404]);
      expect((await as(member).get('/v1/me')).body.user.disabled).toBe(false);
      const list = await as(outsiderAdmin).get('/v1/admin/users');
      expect(list.body.users.map((u: { email: string }) => u.email).sort()).toEqual([
        outsider.email,
        outsiderAdmin.email,
      ]);
    });
  });

  describe('GET /v1/admin/users', () => {
    it('lists the domain’s users with name, email, role, state and last activity only', async () => {
      const response = await as(admin).get('/v1/admin/users');
      expect(response.status).toBe(200);
      expect(response.body.nextCursor).toBeNull();
      expect(response.body.users.map((u: { email: string }) => u.email)).toEqual([
        admin.email,
        member.email,
        other.email,
      ]);
      expect(response.body.users[0]).toEqual({
        id: await idOf(admin),
        email: admin.email,
        name: admin.name,
        role: 'admin',
        disabled: false,
        lastActiveAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    });

    it('finds users by the start of their email, in any case', async () => {
      const response = await as(admin).get('/v1/admin/users?q=MEL');
      expect(response.body.users.map((u: { email: string }) => u.email)).toEqual([member.email]);
      const none = await as(admin).get('/v1/admin/users?q=zzz');
      expect(none.body).toEqual({ users: [], nextCursor: null });
    });

    it('pages through the users with nextCursor, each once', async () => {
      const first = await as(admin).get('/v1/admin/users?limit=2');
      expect(first.body.users).toHaveLength(2);
      expect(first.body.nextCursor).toBe(first.body.users[1].id);
      const second = await as(admin).get(`/v1/admin/users?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.users.map((u: { email: string }) => u.email)).toEqual([other.email]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('refuses a page size over the limit with a 400', async () => {
      const response = await as(admin).get('/v1/admin/users?limit=1000');
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('limit');
    });
  });

  describe('PATCH /v1/admin/users/:id', () => {
    it('disables a user, who is then refused, and whose shared content stays; enabling lets them back', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, other, [admin]);
      await as(other).post(`/v1/meetings/${meetingId}/notes`, {
        body: 'Kept for the team',
        visibility: 'shared',
      });
      const otherId = await idOf(other);
      const disabled = await as(admin).patch(`/v1/admin/users/${otherId}`, { disabled: true });
      expect(disabled.status).toBe(200);
      expect(disabled.body).toMatchObject({ id: otherId, disabled: true, role: 'member' });

      const refused = await as(other).get(`/v1/events/${eventId}/meeting`);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('account_disabled');
      const seenByAdmin = await as(admin).get(`/v1/events/${eventId}/meeting`);
      expect(seenByAdmin.body.notes.map((n: { body: string }) => n.body)).toEqual([
        'Kept for the team',
      ]);

      await as(admin).patch(`/v1/admin/users/${otherId}`, { disabled: false });
      expect((await as(other).get(`/v1/events/${eventId}/meeting`)).status).toBe(200);
    });

    it('grants and revokes admin: the admin routes appear and disappear for that user', async () => {
      const memberId = await idOf(member);
      const granted = await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'admin' });
      expect(granted.body.role).toBe('admin');
      expect((await as(member).get('/v1/admin/policy')).status).toBe(200);
      await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'member' });
      expect((await as(member).get('/v1/admin/policy')).status).toBe(404);
    });

    it('never demotes or disables the last active admin (409), but does once there is another', async () => {
      const adminId = await idOf(admin);
      for (const change of [{ role: 'member' }, { disabled: true }]) {
        const response = await as(admin).patch(`/v1/admin/users/${adminId}`, change);
        expect(response.status).toBe(409);
        expect(response.body.message).toMatch(/last admin/);
      }
      expect((await as(admin).get('/v1/me')).body.user.role).toBe('admin');

      const memberId = await idOf(member);
      await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'admin' });
      try {
        const demoted = await as(member).patch(`/v1/admin/users/${memberId}`, { role: 'member' });
        expect(demoted.status).toBe(200);
      } finally {
        await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'member' });
      }
    });

    it('keeps one admin when two admins demote each other at the same moment', async () => {
      const [adminId, memberId] = [await idOf(admin), await idOf(member)];
      const tenantId = (
        await suite.store.db
          .selectFrom('users')
          .select('tenant_id')
          .where('id', '=', adminId)
          .executeTakeFirstOrThrow()
      ).tenant_id;
      const ctx = storeContextOf(suite);
      const adminRole = (id: string) =>
        suite.store.db.updateTable('users').set({ role: 'admin' }).where('id', '=', id).execute();
      // Straight at the store, many times over: through HTTP the two rarely overlap.
      for (let round = 0; round < 10; round += 1) {
        await adminRole(memberId);
        const outcomes = await Promise.all([
          updateDomainUser(ctx, { tenantId, userId: adminId }, memberId, { role: 'member' }),
          updateDomainUser(ctx, { tenantId, userId: memberId }, adminId, { role: 'member' }),
        ]);
        expect(outcomes.map((o) => o.outcome).sort()).toEqual(['last-admin', 'updated']);
        await adminRole(adminId);
      }
      await suite.store.db
        .updateTable('users')
        .set({ role: 'member' })
        .where('id', '=', memberId)
        .execute();
    });

    it('refuses an empty or unknown change with a 400', async () => {
      const memberId = await idOf(member);
      for (const body of [{}, { role: 'owner' }, { disabled: 'yes' }]) {
        const response = await as(admin).patch(`/v1/admin/users/${memberId}`, body);
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400]);
      }
    });
  });

  describe('GET and PUT /v1/admin/policy', () => {
    it('starts permissive, and stores what the admin sets, for this domain only', async () => {
      expect((await as(admin).get('/v1/admin/policy')).body).toEqual({
        externalGuests: 'allow',
        maxDriveRole: 'writer',
        retentionDays: null,
      });
      const policy = { externalGuests: 'allow', maxDriveRole: 'commenter', retentionDays: 365 };
      const put = await as(admin).put('/v1/admin/policy', policy);
      expect(put.status).toBe(200);
      expect(put.body).toEqual(policy);
      expect((await as(admin).get('/v1/admin/policy')).body).toEqual(policy);
      expect((await as(member).get('/v1/me')).body.tenant).toMatchObject({
        maxDriveRole: 'commenter',
        retentionDays: 365,
      });
      expect((await as(outsiderAdmin).get('/v1/admin/policy')).body.maxDriveRole).toBe('writer');
    });

    it.each([
      [{ externalGuests: 'maybe', maxDriveRole: 'writer', retentionDays: null }, 'externalGuests'],
      [{ externalGuests: 'allow', maxDriveRole: 'owner', retentionDays: null }, 'maxDriveRole'],
      [{ externalGuests: 'allow', maxDriveRole: 'writer', retentionDays: 3 }, 'from 7 to 3650'],
      [{ externalGuests: 'allow', maxDriveRole: 'writer', retentionDays: 4000 }, 'from 7 to 3650'],
      [{ externalGuests: 'allow', maxDriveRole: 'writer', retentionDays: 30.5 }, 'whole number'],
      [{ externalGuests: 'allow', maxDriveRole: 'writer' }, 'retentionDays'],
    ])('refuses %j with a 400 that says what is wrong', async (policy, says) => {
      const response = await as(admin).put('/v1/admin/policy', policy);
      expect(response.status).toBe(400);
      expect(response.body.message).toContain(says);
    });

    it('with external guests denied, guests from other domains get 404 and co-workers still see it', async () => {
      const { eventId } = await startMeeting(suite.backend, admin, [member, outsider]);
      // The guest's add-on names the organizer, as it does for every read of the event.
      const lookup = (user: TestUser) =>
        as(user).post('/v1/meetings/lookup', {
          eventIds: [eventId],
          organizers: { [eventId]: organizerDigests(eventId, admin) },
        });
      const view = (user: TestUser) =>
        as(user).get(`/v1/events/${eventId}/meeting`, organizerHeader(eventId, admin));
      expect((await view(outsider)).status).toBe(200);
      const deny = { externalGuests: 'deny', maxDriveRole: 'writer', retentionDays: null };
      await as(admin).put('/v1/admin/policy', deny);
      try {
        expect((await view(outsider)).status).toBe(404);
        expect((await lookup(outsider)).body.meetings).toEqual([]);
        expect((await view(member)).status).toBe(200);
      } finally {
        await as(admin).put('/v1/admin/policy', { ...deny, externalGuests: 'allow' });
      }
      expect((await lookup(outsider)).body.meetings).toHaveLength(1);
    });
  });

  describe('GET /v1/admin/audit', () => {
    it('shows every admin and privacy action of the domain with pseudonyms, newest first', async () => {
      const memberId = await idOf(member);
      const adminId = await idOf(admin);
      const leaver = workspaceUser('8004', 'lee@wayne.example', 'Lee Leaver');
      const leaverId = await idOf(leaver);
      await as(member).put('/v1/me/preferences', { allowStatistics: false });
      await as(member).get('/v1/me/export');
      await as(admin).patch(`/v1/admin/users/${memberId}`, { disabled: true });
      await as(admin).patch(`/v1/admin/users/${memberId}`, { disabled: false });
      await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'admin' });
      await as(admin).patch(`/v1/admin/users/${memberId}`, { role: 'member' });
      await as(admin).put('/v1/admin/policy', {
        externalGuests: 'allow',
        maxDriveRole: 'reader',
        retentionDays: 90,
      });
      await as(leaver).delete('/v1/me');

      const response = await as(admin).get('/v1/admin/audit?limit=8');
      expect(response.status).toBe(200);
      const entries = response.body.entries as { action: string; actor: string; target: string }[];
      expect(entries.map((e) => [e.action, e.actor, e.target])).toEqual([
        ['account.erase', leaverId, leaverId],
        ['admin.policy.update', adminId, expect.any(String)],
        ['admin.role.revoke', adminId, memberId],
        ['admin.role.grant', adminId, memberId],
        ['admin.user.enable', adminId, memberId],
        ['admin.user.disable', adminId, memberId],
        ['privacy.export', memberId, memberId],
        ['privacy.preferences.update', memberId, memberId],
      ]);
      expect(response.body.entries[1].detail).toEqual({
        externalGuests: 'allow',
        maxDriveRole: 'reader',
        retentionDays: 90,
      });
      expect(JSON.stringify(response.body)).not.toMatch(/@|Mel Member|Lee Leaver/);
    });

    it('pages back through older entries with nextCursor, and shows no other domain’s', async () => {
      const first = await as(admin).get('/v1/admin/audit?limit=3');
      const second = await as(admin).get(`/v1/admin/audit?limit=3&cursor=${first.body.nextCursor}`);
      const ids = [...first.body.entries, ...second.body.entries].map((e: { id: string }) => e.id);
      expect(new Set(ids).size).toBe(6);
      expect([...ids].sort().reverse()).toEqual(ids);
      const theirs = await as(outsiderAdmin).get('/v1/admin/audit?limit=100');
      const ourIds = new Set(ids);
      expect(theirs.body.entries.some((e: { id: string }) => ourIds.has(e.id))).toBe(false);
    });
  });

  describe('MINGWORK_BOOTSTRAP_ADMINS', () => {
    it('promotes a listed member on their next request while their domain has no admin, and only then', async () => {
      const early = workspaceUser('8201', 'early@lexcorp.example', 'Early Bird');
      const later = workspaceUser('8202', 'later@lexcorp.example', 'Later Bird');
      expect((await as(early).get('/v1/me')).body.user.role).toBe('member');
      await as(later).get('/v1/me');
      const listing = await startBackend(
        { ...suite.config, bootstrapAdmins: [early.email, later.email] },
        suite.idp,
        { store: suite.store },
      );
      try {
        expect((await listing.as(early).get('/v1/me')).body.user.role).toBe('admin');
        // The domain has an admin now: the list does not override its decisions.
        expect((await listing.as(later).get('/v1/me')).body.user.role).toBe('member');
        const audit = await listing.as(early).get('/v1/admin/audit');
        expect(audit.body.entries[0].action).toBe('admin.bootstrap');
      } finally {
        await listing.app.close();
      }
    });
  });
});
