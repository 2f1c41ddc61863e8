import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests } from '../helpers/backend/digests';
import { alice, bob } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('Idempotency-Key on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);
  const key = (name: string) => ({ 'idempotency-key': `${name}-${newEventId()}` });

  const countRows = async (table: 'messages' | 'agenda_items', meetingId: string) =>
    (
      await suite.store.db
        .selectFrom(table)
        .select('id')
        .where('meeting_id', '=', meetingId)
        .execute()
    ).length;

  it('replays the first response to a retry and creates nothing twice', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const headers = key('post-message');
    const first = await as(alice).post(
      `/v1/meetings/${meetingId}/messages`,
      { body: 'once' },
      headers,
    );
    const retry = await as(alice).post(
      `/v1/meetings/${meetingId}/messages`,
      { body: 'once' },
      headers,
    );
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await countRows('messages', meetingId)).toBe(1);
  });

  it('replays updates and deletions too', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const item = await as(alice).post(`/v1/meetings/${meetingId}/agenda`, { title: 'Topic' });
    const patch = key('patch');
    await as(alice).patch(`/v1/agenda/${item.body.id}`, { done: true }, patch);
    const replayedPatch = await as(alice).patch(
      `/v1/agenda/${item.body.id}`,
      { done: true },
      patch,
    );
    expect(replayedPatch.status).toBe(200);
    expect(replayedPatch.body.done).toBe(true);
    const remove = key('delete');
    expect((await as(alice).delete(`/v1/agenda/${item.body.id}`, remove)).status).toBe(204);
    const replayedDelete = await as(alice).delete(`/v1/agenda/${item.body.id}`, remove);
    expect(replayedDelete.status).toBe(204);
    expect(replayedDelete.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 409 when the same key comes with a different request', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const headers = key('reuse');
    await as(alice).post(`/v1/meetings/${meetingId}/messages`, { body: 'first' }, headers);
    const other = await as(alice).post(
      `/v1/meetings/${meetingId}/messages`,
      { body: 'second' },
      headers,
    );
    expect(other.status).toBe(409);
    expect(other.body.error).toBe('conflict');
    expect(await countRows('messages', meetingId)).toBe(1);
  });

  it('keeps keys per user: the same key from another user is a new request', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const headers = key('shared-key');
    await as(alice).post(`/v1/meetings/${meetingId}/messages`, { body: 'hi' }, headers);
    const fromBob = await as(bob).post(
      `/v1/meetings/${meetingId}/messages`,
      { body: 'hi' },
      headers,
    );
    expect(fromBob.status).toBe(201);
    expect(fromBob.body.authoredByMe).toBe(true);
    expect(await countRows('messages', meetingId)).toBe(2);
  });

  it('replays a started meeting with the same id, and a refused request as refused', async () => {
    const eventId = newEventId();
    const headers = key('start');
    const body = { eventId, guestDigests: guestDigests(eventId, [bob]) };
    const first = await as(alice).post('/v1/meetings', body, headers);
    const retry = await as(alice).post('/v1/meetings', body, headers);
    expect(retry.status).toBe(201);
    expect(retry.body.meeting.id).toBe(first.body.meeting.id);
    const bad = key('bad');
    const refused = await as(alice).post(
      '/v1/meetings/nope/notes',
      { body: 'x', visibility: 'shared' },
      bad,
    );
    const refusedAgain = await as(alice).post(
      '/v1/meetings/nope/notes',
      { body: 'x', visibility: 'shared' },
      bad,
    );
    expect([refused.status, refusedAgain.status]).toEqual([404, 404]);
  });

  it('refuses a malformed key', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const response = await as(alice).post(
      `/v1/meetings/${meetingId}/messages`,
      { body: 'hi' },
      { 'idempotency-key': 'k'.repeat(256) },
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('255');
  });
});
