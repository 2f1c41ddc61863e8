/**
 * The retention sweep (DESIGN §6): in domains with a retention, exactly the users inactive
 * and the meetings idle for longer are deleted, the way erasure deletes them, and audited.
 */
import {
  planRetentionSweep,
  runRetentionSweep,
  type TenantSweep,
} from '../../src/backend/jobs/retention-sweep';
import { eachDatabase } from '../helpers/backend/databases';
import { workspaceUser, type TestUser } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { storeContextOf } from '../helpers/backend/store-context';
import { setUpSuite } from '../helpers/backend/suite';

const DAY = 24 * 60 * 60 * 1000;

const admin = workspaceUser('6001', 'root@umbrella.example', 'Root Umbrella');
const active = workspaceUser('6002', 'active@umbrella.example', 'Still Here');
const gone = workspaceUser('6003', 'gone@umbrella.example', 'Long Gone');
const disabled = workspaceUser('6004', 'paused@umbrella.example', 'Paused');
const elsewhere = workspaceUser('6101', 'idle@cyberdyne.example', 'Idle Elsewhere');

describe.each(eachDatabase())('retention sweep on %s', (_name, kind) => {
  const suite = setUpSuite(kind, { config: { bootstrapAdmins: [admin.email] } });
  const as = (user: TestUser) => suite.backend.as(user);
  const db = () => suite.store.db;

  const idOf = async (user: TestUser) => (await as(user).get('/v1/me')).body.user.id as string;
  /** What "inactive since" the store sees: last_seen_at or updated_at moved into the past. */
  const ageUser = (id: string, days: number) =>
    db()
      .updateTable('users')
      .set({ last_seen_at: Date.now() - days * DAY })
      .where('id', '=', id)
      .execute();
  const ageMeeting = (id: string, days: number) =>
    db()
      .updateTable('meetings')
      .set({ updated_at: Date.now() - days * DAY })
      .where('id', '=', id)
      .execute();
  const exists = async (table: 'users' | 'meetings', id: string) =>
    (await db().selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined;

  let ids: Record<'admin' | 'active' | 'gone' | 'disabled' | 'elsewhere', string>;
  let meetings: Record<'goneOwns' | 'idle' | 'fresh' | 'elsewhereIdle', string>;
  let plan: TenantSweep[];

  beforeAll(async () => {
    ids = {
      admin: await idOf(admin),
      active: await idOf(active),
      gone: await idOf(gone),
      disabled: await idOf(disabled),
      elsewhere: await idOf(elsewhere),
    };
    meetings = {
      goneOwns: (await startMeeting(suite.backend, gone, [active])).meetingId,
      idle: (await startMeeting(suite.backend, active)).meetingId,
      fresh: (await startMeeting(suite.backend, active)).meetingId,
      elsewhereIdle: (await startMeeting(suite.backend, elsewhere)).meetingId,
    };
    await as(admin).patch(`/v1/admin/users/${ids.disabled}`, { disabled: true });
    await as(admin).put('/v1/admin/policy', {
      externalGuests: 'allow',
      maxDriveRole: 'writer',
      retentionDays: 30,
    });
    await ageUser(ids.gone, 31);
    await ageUser(ids.disabled, 400);
    await ageMeeting(meetings.idle, 45);
    await ageMeeting(meetings.fresh, 29);
    // Another domain, with no retention: nothing there is ever swept.
    await ageUser(ids.elsewhere, 4000);
    await ageMeeting(meetings.elsewhereIdle, 4000);
    plan = await planRetentionSweep(storeContextOf(suite));
  });

  it('plans only domains with a retention, counting what is past it without deleting', async () => {
    expect(plan).toEqual([
      expect.objectContaining({
        domain: 'umbrella.example',
        retentionDays: 30,
        inactiveUsers: 1,
        idleMeetings: 1,
      }),
    ]);
    expect(await exists('users', ids.gone)).toBe(true);
    expect(await exists('meetings', meetings.idle)).toBe(true);
  });

  describe('once run', () => {
    const progress: Array<[number, number]> = [];
    let result: Awaited<ReturnType<typeof runRetentionSweep>>;

    beforeAll(async () => {
      result = await runRetentionSweep(storeContextOf(suite), plan, (done, total) =>
        progress.push([done, total]),
      );
    });

    it('erases the inactive user with the meetings they own, and deletes the idle meeting', async () => {
      expect(result).toEqual({ erasedUsers: 1, deletedMeetings: 2 });
      expect(await exists('users', ids.gone)).toBe(false);
      expect(await exists('meetings', meetings.goneOwns)).toBe(false);
      expect(await exists('meetings', meetings.idle)).toBe(false);
    });

    it('keeps everyone and everything within retention, disabled accounts, and other domains', async () => {
      for (const id of [ids.admin, ids.active, ids.disabled, ids.elsewhere])
        expect(await exists('users', id)).toBe(true);
      expect(await exists('meetings', meetings.fresh)).toBe(true);
      expect(await exists('meetings', meetings.elsewhereIdle)).toBe(true);
    });

    it('reports progress up to the total', () => {
      expect(progress[0]).toEqual([0, 2]);
      expect(progress[progress.length - 1]).toEqual([2, 2]);
    });

    it('audits each deletion with the sweep as the actor', async () => {
      const audit = (await as(admin).get('/v1/admin/audit?limit=2')).body.entries;
      expect(
        audit.map((e: { action: string; actor: string; target: string }) => [
          e.action,
          e.actor,
          e.target,
        ]),
      ).toEqual([
        ['retention.meeting.delete', 'retention-sweep', meetings.idle],
        ['retention.account.erase', 'retention-sweep', ids.gone],
      ]);
    });

    it('finds nothing more to do when run again', async () => {
      const again = await planRetentionSweep(storeContextOf(suite));
      expect(again).toEqual([expect.objectContaining({ inactiveUsers: 0, idleMeetings: 0 })]);
    });
  });

  it('leaves a user who came back after the plan was made', async () => {
    const returning = workspaceUser('6005', 'back@umbrella.example', 'Back Again');
    const id = await idOf(returning);
    await ageUser(id, 60);
    const stale = await planRetentionSweep(storeContextOf(suite));
    await ageUser(id, 0);
    expect(await runRetentionSweep(storeContextOf(suite), stale)).toEqual({
      erasedUsers: 0,
      deletedMeetings: 0,
    });
    expect(await exists('users', id)).toBe(true);
  });
});
