import { createFieldCipher } from '../../src/backend/crypto/field-cipher';
import { newId } from '../../src/backend/store/ids';
import type { NoteVisibility } from '../../src/backend/store/tables';
import { MAX_NOTE_BODY_LENGTH, MAX_NOTES_PER_MEETING } from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob, carol, eve } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('notes on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);

  const notesSeenBy = async (user: typeof alice, eventId: string) => {
    const view = await as(user).get(`/v1/events/${eventId}/meeting`);
    return (view.body.notes as Array<{ body: string }>).map((note) => note.body);
  };

  it('shows shared notes to everyone in the meeting and private notes to their author only', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob, eve]);
    const shared = await as(bob).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Shared by Bob',
      visibility: 'shared',
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ visibility: 'shared', authoredByMe: true });
    await as(bob).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Private to Bob',
      visibility: 'private',
    });
    await as(alice).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Private to Alice',
      visibility: 'private',
    });
    expect(await notesSeenBy(bob, eventId)).toEqual(['Shared by Bob', 'Private to Bob']);
    expect(await notesSeenBy(alice, eventId)).toEqual(['Shared by Bob', 'Private to Alice']);
    expect(await notesSeenBy(eve, eventId)).toEqual(['Shared by Bob']);
  });

  it("answers 404 for another user's private note, even to the meeting owner", async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const note = await as(bob).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Only mine',
      visibility: 'private',
    });
    expect((await as(alice).patch(`/v1/notes/${note.body.id}`, { body: 'x' })).status).toBe(404);
    expect((await as(alice).delete(`/v1/notes/${note.body.id}`)).status).toBe(404);
    expect((await as(bob).patch(`/v1/notes/${note.body.id}`, { body: 'Still mine' })).status).toBe(
      200,
    );
  });

  it('lets the author edit a shared note; others get 403; the owner may remove it', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob, eve]);
    const note = await as(bob).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'First draft',
      visibility: 'shared',
    });
    const edited = await as(bob).patch(`/v1/notes/${note.body.id}`, { body: 'Second draft' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'Second draft', visibility: 'shared' });
    expect((await as(eve).patch(`/v1/notes/${note.body.id}`, { body: 'Hijack' })).status).toBe(403);
    expect((await as(alice).patch(`/v1/notes/${note.body.id}`, { body: 'Hijack' })).status).toBe(
      403,
    );
    expect((await as(eve).delete(`/v1/notes/${note.body.id}`)).status).toBe(403);
    expect((await as(carol).delete(`/v1/notes/${note.body.id}`)).status).toBe(404);
    expect((await as(alice).delete(`/v1/notes/${note.body.id}`)).status).toBe(204);
    expect(await notesSeenBy(bob, eventId)).toEqual([]);
  });

  it('refuses a note body over the limit, an unknown visibility and a visibility change', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const long = await as(alice).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'x'.repeat(MAX_NOTE_BODY_LENGTH + 1),
      visibility: 'shared',
    });
    expect(long.status).toBe(400);
    expect(long.body.message).toContain(String(MAX_NOTE_BODY_LENGTH));
    const odd = await as(alice).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Hi',
      visibility: 'public',
    });
    expect(odd.status).toBe(400);
    const note = await as(alice).post(`/v1/meetings/${meetingId}/notes`, {
      body: 'Hi',
      visibility: 'private',
    });
    const change = await as(alice).patch(`/v1/notes/${note.body.id}`, {
      body: 'Hi',
      visibility: 'shared',
    });
    expect(change.status).toBe(400);
    expect(change.body.message).toContain('visibility');
  });

  /** Stores notes straight into the meeting: quicker than hundreds of requests. */
  async function fillNotes(
    meetingId: string,
    author: typeof alice,
    visibility: NoteVisibility,
    count: number,
  ) {
    const cipher = createFieldCipher(suite.config.dataKeys);
    const { db } = suite.store;
    const me = await as(author).get('/v1/me');
    const meeting = await db
      .selectFrom('meetings')
      .select('tenant_id')
      .where('id', '=', meetingId)
      .executeTakeFirstOrThrow();
    const now = Date.now();
    const note = () => ({
      id: newId(),
      meeting_id: meetingId,
      tenant_id: meeting.tenant_id,
      author_user_id: me.body.user.id as string,
      body_enc: cipher.encrypt('Filler'),
      visibility,
      created_at: now,
      updated_at: now,
    });
    await db
      .insertInto('notes')
      .values(Array.from({ length: count }, note))
      .execute();
  }

  it('caps shared notes per meeting and private notes per author, each apart', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const post = (user: typeof alice, visibility: NoteVisibility) =>
      as(user).post(`/v1/meetings/${meetingId}/notes`, { body: 'One more', visibility });
    await fillNotes(meetingId, bob, 'private', MAX_NOTES_PER_MEETING);
    expect((await post(alice, 'shared')).status).toBe(201);
    expect((await post(alice, 'private')).status).toBe(201);
    expect((await post(bob, 'shared')).status).toBe(201);
    const bobsPrivate = await post(bob, 'private');
    expect(bobsPrivate.status).toBe(409);
    expect(bobsPrivate.body.message).toContain(`${MAX_NOTES_PER_MEETING} private notes`);

    await fillNotes(meetingId, alice, 'shared', MAX_NOTES_PER_MEETING - 2);
    const shared = await post(bob, 'shared');
    expect(shared.status).toBe(409);
    expect(shared.body.message).toContain(`${MAX_NOTES_PER_MEETING} shared notes`);
    expect((await post(bob, 'private')).status).toBe(409);
    expect((await post(alice, 'private')).status).toBe(201);
  });
});
