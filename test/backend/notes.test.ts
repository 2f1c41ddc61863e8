import { MAX_NOTE_BODY_LENGTH } from '../../src/shared/limits';
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
});
