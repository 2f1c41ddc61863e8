/**
 * Which meeting an event shows (DESIGN §5, organizer-bound): every attendee has the same
 * event ID, so anyone invited could start a meeting for it. The organizer's meeting comes
 * first, then the viewer's own tenant's; nobody else's meeting is ever shown in their place.
 */
import { MAX_LOOKUP_EVENT_IDS } from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests, organizerDigests, organizerHeader } from '../helpers/backend/digests';
import { alice, bob, carol, dave, workspaceUser, type TestUser } from '../helpers/backend/identity';
import { newEventId } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

/** carol's co-worker at globex. */
const grace = workspaceUser('2002', 'grace@globex.example', 'Grace Globex');
/** A guest from a third domain, neither the organizer's nor the outsider's. */
const frank = workspaceUser('4001', 'frank@initech.example', 'Frank Initech');
/** Another consumer account, on the same email domain as dave. */
const erin: TestUser = { sub: '3002', email: 'erin@gmail.example', name: 'Erin Personal' };
/** A user of their own, so that changing her preference touches no other test. */
const olga = workspaceUser('1009', 'olga@acme.example', 'Olga Acme');

describe.each(eachDatabase())('organizer-bound meetings on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: TestUser) => suite.backend.as(user);

  async function start(owner: TestUser, eventId: string, guests: TestUser[]): Promise<string> {
    const response = await as(owner).post('/v1/meetings', {
      eventId,
      guestDigests: guestDigests(eventId, guests),
    });
    expect(response.status).toBe(201);
    return response.body.meeting.id;
  }

  /** What `viewer`'s sidebar asks for an event organized by `organizer`. */
  const view = (viewer: TestUser, eventId: string, organizer: TestUser, query = '') =>
    as(viewer).get(`/v1/events/${eventId}/meeting${query}`, organizerHeader(eventId, organizer));

  const lookup = (viewer: TestUser, eventId: string, organizer: TestUser) =>
    as(viewer).post('/v1/meetings/lookup', {
      eventIds: [eventId],
      organizers: { [eventId]: organizerDigests(eventId, organizer) },
    });

  describe.each([
    ['a consumer account', dave],
    ['a user of another domain', carol],
  ])('an outsider who is a guest and starts a meeting first (%s)', (_what, outsider) => {
    it("is never shown to the organizer's other guests, before or after the organizer starts", async () => {
      const eventId = newEventId();
      const guests = [bob, carol, dave, frank].filter((guest) => guest !== outsider);
      const lure = await start(outsider, eventId, [...guests, alice]);

      for (const guest of [alice, ...guests]) {
        expect((await view(guest, eventId, alice)).status).toBe(404);
        expect((await lookup(guest, eventId, alice)).body.meetings).toEqual([]);
      }

      const real = await start(alice, eventId, [...guests, outsider]);
      for (const guest of [alice, ...guests]) {
        const response = await view(guest, eventId, alice);
        expect(response.status).toBe(200);
        expect(response.body.meeting).toMatchObject({ id: real, scope: 'organizer' });
        expect(response.body.otherMeeting).toBeNull();
        expect((await lookup(guest, eventId, alice)).body.meetings).toEqual([
          { eventId, meetingId: real, scope: 'organizer' },
        ]);
      }

      // The outsider keeps their own meeting, offered beside the organizer's.
      const theirs = await view(outsider, eventId, alice);
      expect(theirs.body.meeting).toMatchObject({ id: real, scope: 'organizer', ownedByMe: false });
      expect(theirs.body.otherMeeting).toMatchObject({ id: lure, scope: 'tenant' });
    });
  });

  it("shows a third-domain guest the organizer's meeting, not another guest's", async () => {
    const eventId = newEventId();
    await start(carol, eventId, [frank, alice]);
    expect((await view(frank, eventId, alice)).status).toBe(404);
    const real = await start(alice, eventId, [carol, frank]);
    const response = await view(frank, eventId, alice);
    expect(response.body.meeting).toMatchObject({
      id: real,
      scope: 'organizer',
      owner: { name: 'Alice Acme', domain: 'acme.example' },
    });
    expect(response.body.access.role).toBe('guest');
  });

  it("finds the organizer's domain's meeting when a co-worker of the organizer started it", async () => {
    const eventId = newEventId();
    const bobs = await start(bob, eventId, [carol]);
    const response = await view(carol, eventId, alice);
    expect(response.body.meeting).toMatchObject({
      id: bobs,
      scope: 'organizer',
      owner: { name: 'Bob Acme', domain: 'acme.example' },
    });
  });

  it('never matches consumer accounts by domain', async () => {
    const eventId = newEventId();
    // dave (gmail.example) organizes; erin, another consumer on gmail.example, starts first.
    await start(erin, eventId, [bob, dave]);
    expect((await view(bob, eventId, dave)).status).toBe(404);
    const daves = await start(dave, eventId, [bob]);
    const response = await view(bob, eventId, dave);
    expect(response.body.meeting).toMatchObject({
      id: daves,
      scope: 'organizer',
      owner: { name: 'Dave Personal', domain: null },
    });
  });

  it("keeps a guest on the organizer's meeting when the guest's co-worker starts one", async () => {
    const eventId = newEventId();
    const real = await start(alice, eventId, [carol]);
    const coworkers = await start(grace, eventId, [carol]);
    const response = await view(carol, eventId, alice);
    expect(response.body.meeting).toMatchObject({ id: real, scope: 'organizer' });
    expect(response.body.otherMeeting).toEqual({
      id: coworkers,
      scope: 'tenant',
      owner: { name: 'Grace Globex', domain: 'globex.example' },
    });
    expect((await lookup(carol, eventId, alice)).body.meetings).toEqual([
      { eventId, meetingId: real, scope: 'organizer' },
    ]);
  });

  it('switches to the other meeting with meetingId, and to no meeting the viewer may not see', async () => {
    const eventId = newEventId();
    const real = await start(alice, eventId, [carol]);
    const coworkers = await start(grace, eventId, [carol]);
    const hidden = await start(dave, eventId, []);

    const switched = await view(carol, eventId, alice, `?meetingId=${coworkers}`);
    expect(switched.status).toBe(200);
    expect(switched.body.meeting).toMatchObject({ id: coworkers, scope: 'tenant' });
    expect(switched.body.otherMeeting).toMatchObject({ id: real, scope: 'organizer' });

    for (const meetingId of [hidden, 'no-such-meeting']) {
      const refused = await view(carol, eventId, alice, `?meetingId=${meetingId}`);
      expect(refused.status).toBe(404);
    }
  });

  it("names the organizer when starting, so the starter's view has the right scope", async () => {
    const eventId = newEventId();
    await start(alice, eventId, [carol]);
    const response = await as(carol).post(
      '/v1/meetings',
      { eventId, guestDigests: [] },
      organizerHeader(eventId, alice),
    );
    expect(response.status).toBe(201);
    expect(response.body.meeting).toMatchObject({ ownedByMe: true, scope: 'tenant' });
    expect(response.body.otherMeeting).toMatchObject({ scope: 'organizer' });
  });

  it('answers a malformed organizer header or organizers field with 400', async () => {
    const eventId = newEventId();
    const digests = organizerDigests(eventId, alice);
    for (const header of ['nonsense', digests.split('.')[0]!, `${digests}.x`]) {
      const response = await as(bob).get(`/v1/events/${eventId}/meeting`, {
        'x-mingwork-organizer': header,
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('organizer');
    }
    const stray = await as(bob).post('/v1/meetings/lookup', {
      eventIds: [eventId],
      organizers: { [newEventId()]: digests },
    });
    expect(stray.status).toBe(400);
    expect(stray.body.message).toContain('eventIds');
    const malformed = await as(bob).post('/v1/meetings/lookup', {
      eventIds: [eventId],
      organizers: { [eventId]: 'nonsense' },
    });
    expect(malformed.status).toBe(400);
    const eventIds = Array.from({ length: MAX_LOOKUP_EVENT_IDS + 1 }, newEventId);
    const tooMany = await as(bob).post('/v1/meetings/lookup', {
      eventIds: eventIds.slice(0, MAX_LOOKUP_EVENT_IDS),
      organizers: Object.fromEntries(eventIds.map((id) => [id, digests])),
    });
    expect(tooMany.status).toBe(400);
  });

  it('tells the homepage whether the caller allows statistics, in the same answer', async () => {
    const before = await as(olga).post('/v1/meetings/lookup', { eventIds: [] });
    expect(before.body).toEqual({ meetings: [], allowStatistics: true });
    await suite.store.db
      .updateTable('users')
      .set({ allow_statistics: 0 })
      .where('sub', '=', olga.sub)
      .execute();
    const after = await as(olga).post('/v1/meetings/lookup', { eventIds: [] });
    expect(after.body.allowStatistics).toBe(false);
  });
});
