import { MAX_LOOKUP_EVENT_IDS } from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests, organizerHeader } from '../helpers/backend/digests';
import { alice, bob, carol, dave, eve } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('meetings on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);

  describe('POST /v1/meetings', () => {
    it('starts a meeting owned by the caller and returns the whole view', async () => {
      const eventId = newEventId();
      const response = await as(alice).post('/v1/meetings', {
        eventId,
        guestDigests: guestDigests(eventId, [bob]),
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        meeting: { eventId, ownedByMe: true },
        agenda: [],
        notes: [],
        messages: [],
        messagesNextBefore: null,
        files: [],
        access: { role: 'owner', canManageGuests: true, canDeleteMeeting: true },
      });
    });

    it('returns the same meeting when started again for the same event in the tenant', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
      const again = await as(alice).post('/v1/meetings', { eventId, guestDigests: [] });
      expect(again.status).toBe(200);
      expect(again.body.meeting.id).toBe(meetingId);
      const byGuest = await as(bob).post('/v1/meetings', { eventId, guestDigests: [] });
      expect(byGuest.status).toBe(200);
      expect(byGuest.body.meeting).toMatchObject({ id: meetingId, ownedByMe: false });
      expect(byGuest.body.access.role).toBe('guest');
    });

    it('answers a co-worker who is not invited 404, as if there were no meeting', async () => {
      const { eventId } = await startMeeting(suite.backend, alice, [bob]);
      const response = await as(eve).post('/v1/meetings', { eventId, guestDigests: [] });
      const unknown = await as(eve).get(`/v1/events/${newEventId()}/meeting`);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(unknown.body);
    });

    it('lets a user of another tenant start their own meeting for the same event', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice);
      const response = await as(carol).post('/v1/meetings', { eventId, guestDigests: [] });
      expect(response.status).toBe(201);
      expect(response.body.meeting.id).not.toBe(meetingId);
    });
  });

  describe('GET /v1/events/:eventId/meeting', () => {
    it('shows the meeting to its owner and to invited guests', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob, carol, dave]);
      for (const user of [alice, bob, carol, dave]) {
        const response = await as(user).get(
          `/v1/events/${eventId}/meeting`,
          organizerHeader(eventId, alice),
        );
        expect(response.status).toBe(200);
        expect(response.body.meeting.id).toBe(meetingId);
        expect(response.body.access.role).toBe(user === alice ? 'owner' : 'guest');
      }
    });

    it('answers 404 to anyone not invited, in or outside the tenant', async () => {
      const { eventId } = await startMeeting(suite.backend, alice, [bob]);
      for (const user of [eve, carol, dave]) {
        const response = await as(user).get(`/v1/events/${eventId}/meeting`);
        expect(response.status).toBe(404);
        expect(response.body.error).toBe('not_found');
      }
      const unknown = await as(alice).get(`/v1/events/${newEventId()}/meeting`);
      expect(unknown.status).toBe(404);
    });

    it('hides meetings from external guests when the owner tenant denies them', async () => {
      const { eventId } = await startMeeting(suite.backend, alice, [bob, carol]);
      await suite.store.db
        .updateTable('tenants')
        .set({ external_guests: 'deny' })
        .where('tenant_key', '=', 'domain:acme.example')
        .execute();
      try {
        expect((await as(carol).get(`/v1/events/${eventId}/meeting`)).status).toBe(404);
        expect((await as(bob).get(`/v1/events/${eventId}/meeting`)).status).toBe(200);
      } finally {
        await suite.store.db
          .updateTable('tenants')
          .set({ external_guests: 'allow' })
          .where('tenant_key', '=', 'domain:acme.example')
          .execute();
      }
    });

    it("finds only the caller's own tenant's meeting when the organizer is not named", async () => {
      const { eventId } = await startMeeting(suite.backend, alice, [carol]);
      expect((await as(carol).get(`/v1/events/${eventId}/meeting`)).status).toBe(404);
      const own = await as(carol).post('/v1/meetings', { eventId, guestDigests: [] });
      const response = await as(carol).get(`/v1/events/${eventId}/meeting`);
      expect(response.body.meeting.id).toBe(own.body.meeting.id);
      expect(response.body.meeting).toMatchObject({ ownedByMe: true, scope: 'tenant' });
      expect(response.body.otherMeeting).toBeNull();
    });
  });

  describe('POST /v1/meetings/lookup', () => {
    it('lists the given events that have a meeting the caller can see', async () => {
      const mine = await startMeeting(suite.backend, alice);
      const invited = await startMeeting(suite.backend, bob, [alice]);
      const notInvited = await startMeeting(suite.backend, bob);
      const unlinked = newEventId();
      const response = await as(alice).post('/v1/meetings/lookup', {
        eventIds: [mine.eventId, invited.eventId, notInvited.eventId, unlinked],
      });
      expect(response.status).toBe(200);
      expect(response.body.meetings).toEqual([
        { eventId: mine.eventId, meetingId: mine.meetingId, scope: 'tenant' },
        { eventId: invited.eventId, meetingId: invited.meetingId, scope: 'tenant' },
      ]);
    });

    it(`accepts ${MAX_LOOKUP_EVENT_IDS} event IDs and refuses more, naming the limit`, async () => {
      const eventIds = Array.from({ length: MAX_LOOKUP_EVENT_IDS }, newEventId);
      const ok = await as(alice).post('/v1/meetings/lookup', { eventIds });
      expect(ok.status).toBe(200);
      const tooMany = await as(alice).post('/v1/meetings/lookup', {
        eventIds: [...eventIds, newEventId()],
      });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error).toBe('bad_request');
      expect(tooMany.body.message).toContain(String(MAX_LOOKUP_EVENT_IDS));
    });
  });

  describe('PUT /v1/meetings/:id/guests', () => {
    it('lets the owner replace the guests: new guests get in, removed ones get 404', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
      const response = await as(alice).put(`/v1/meetings/${meetingId}/guests`, {
        guestDigests: guestDigests(eventId, [eve]),
      });
      expect(response.status).toBe(204);
      expect((await as(eve).get(`/v1/events/${eventId}/meeting`)).status).toBe(200);
      expect((await as(bob).get(`/v1/events/${eventId}/meeting`)).status).toBe(404);
    });

    it('is refused to guests (403) and to strangers (404)', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
      const body = { guestDigests: guestDigests(eventId, [bob, eve]) };
      const byGuest = await as(bob).put(`/v1/meetings/${meetingId}/guests`, body);
      expect(byGuest.status).toBe(403);
      expect(byGuest.body.error).toBe('forbidden');
      const byStranger = await as(carol).put(`/v1/meetings/${meetingId}/guests`, body);
      expect(byStranger.status).toBe(404);
      expect((await as(eve).get(`/v1/events/${eventId}/meeting`)).status).toBe(404);
    });

    it('refuses digests that are not 43-character base64url', async () => {
      const { meetingId } = await startMeeting(suite.backend, alice);
      const response = await as(alice).put(`/v1/meetings/${meetingId}/guests`, {
        guestDigests: ['bob@acme.example'],
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('43');
    });
  });

  describe('DELETE /v1/meetings/:id', () => {
    it('lets the owner delete the meeting with its content', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
      await as(bob).post(`/v1/meetings/${meetingId}/notes`, { body: 'bye', visibility: 'shared' });
      const response = await as(alice).delete(`/v1/meetings/${meetingId}`);
      expect(response.status).toBe(204);
      expect((await as(alice).get(`/v1/events/${eventId}/meeting`)).status).toBe(404);
      const notes = await suite.store.db
        .selectFrom('notes')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .execute();
      expect(notes).toEqual([]);
    });

    it('is refused to guests (403) and to strangers (404)', async () => {
      const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
      expect((await as(bob).delete(`/v1/meetings/${meetingId}`)).status).toBe(403);
      expect((await as(carol).delete(`/v1/meetings/${meetingId}`)).status).toBe(404);
      expect((await as(alice).get(`/v1/events/${eventId}/meeting`)).status).toBe(200);
    });
  });

  it('audits meeting creation, guest changes and deletion with a pseudonymous actor', async () => {
    const { eventId, meetingId } = await startMeeting(suite.backend, alice, [bob]);
    await as(alice).put(`/v1/meetings/${meetingId}/guests`, {
      guestDigests: guestDigests(eventId, [bob, eve]),
    });
    await as(alice).delete(`/v1/meetings/${meetingId}`);
    const me = await as(alice).get('/v1/me');
    const records = await suite.store.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'detail'])
      .where('target_id', '=', meetingId)
      .orderBy('id')
      .execute();
    expect(records).toEqual([
      { actor: me.body.user.id, action: 'meeting.create', detail: '{"guests":1}' },
      { actor: me.body.user.id, action: 'meeting.guests.replace', detail: '{"guests":2}' },
      { actor: me.body.user.id, action: 'meeting.delete', detail: null },
    ]);
  });
});
