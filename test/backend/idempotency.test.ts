import { createHash } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { createBlindIndex } from '../../src/backend/crypto/blind-index';
import { createFieldCipher } from '../../src/backend/crypto/field-cipher';
import type { StoreContext } from '../../src/backend/store/context';
import {
  claimIdempotencyKey,
  saveIdempotentResponse,
} from '../../src/backend/store/idempotency-keys';
import { startBackend } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests } from '../helpers/backend/digests';
import { alice, bob } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('Idempotency-Key on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);
  const key = (name: string) => ({ 'idempotency-key': `${name}-${newEventId()}` });

  const savedKeys = (key: Record<string, string>) =>
    suite.store.db
      .selectFrom('idempotency_keys')
      .select(['user_id', 'fingerprint'])
      .where('idempotency_key', '=', key['idempotency-key']!)
      .execute();

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

  it('fingerprints requests with a keyed index, so stored rows do not confirm guessed bodies', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const headers = key('fingerprint');
    const note = { body: 'yes', visibility: 'private' };
    const url = `/v1/meetings/${meetingId}/notes`;
    const first = await as(alice).post(url, note, headers);
    const [saved] = await savedKeys(headers);
    const canonical = JSON.stringify(['POST', '/v1/meetings/:id/notes', { id: meetingId }, note]);
    expect(saved?.fingerprint).not.toBe(createHash('sha256').update(canonical).digest('base64url'));
    expect(saved?.fingerprint).not.toContain(note.body);
    const retry = await as(alice).post(url, note, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const other = await as(alice).post(url, { ...note, body: 'no' }, headers);
    expect(other.status).toBe(409);
  });

  it("forgets a deleted meeting's saved responses: a guest's retry does not get a note back", async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const headers = key('note-of-deleted');
    const note = { body: 'Plans for the merger', visibility: 'shared' };
    const url = `/v1/meetings/${meetingId}/notes`;
    expect((await as(bob).post(url, note, headers)).status).toBe(201);
    const deletion = key('delete-meeting');
    expect((await as(alice).delete(`/v1/meetings/${meetingId}`, deletion)).status).toBe(204);
    expect(await savedKeys(headers)).toEqual([]);
    const retry = await as(bob).post(url, note, headers);
    expect(retry.status).toBe(404);
    expect(JSON.stringify(retry.body)).not.toContain(note.body);
    // The deletion's own answer holds nothing of the meeting: its retry still replays.
    const deletedAgain = await as(alice).delete(`/v1/meetings/${meetingId}`, deletion);
    expect(deletedAgain.status).toBe(204);
    expect(deletedAgain.headers['idempotent-replayed']).toBe('true');
  });

  it('runs an expired key anew, even before the expiry job has deleted it', async () => {
    let clock = Date.now();
    const clocked = await startBackend(suite.config, suite.idp, {
      store: suite.store,
      now: () => new Date(clock),
      expireKeysEveryMs: false,
    });
    try {
      const { meetingId } = await startMeeting(clocked, alice);
      const url = `/v1/meetings/${meetingId}/messages`;
      const same = key('expired-same');
      const other = key('expired-other');
      await clocked.as(alice).post(url, { body: 'yesterday' }, same);
      await clocked.as(alice).post(url, { body: 'yesterday' }, other);
      clock += 25 * 60 * 60 * 1000;
      const retry = await clocked.as(alice).post(url, { body: 'yesterday' }, same);
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      const reused = await clocked.as(alice).post(url, { body: 'today' }, other);
      expect(reused.status).toBe(201);
      expect(await countRows('messages', meetingId)).toBe(4);
      // The key now holds the new response: a retry within the day replays it.
      const replayed = await clocked.as(alice).post(url, { body: 'today' }, other);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body).toEqual(reused.body);
    } finally {
      await clocked.app.close();
    }
  });

  it("leaves other users' expired keys to the expiry job: a keyed write deletes nothing", async () => {
    let clock = Date.now();
    const statements: string[] = [];
    const recorded = {
      ...suite.store,
      db: suite.store.db.withPlugin(recordStatementKinds(statements)),
    };
    const clocked = await startBackend(suite.config, suite.idp, {
      store: recorded,
      now: () => new Date(clock),
      expireKeysEveryMs: false,
    });
    try {
      const { meetingId } = await startMeeting(clocked, alice, [bob]);
      const url = `/v1/meetings/${meetingId}/messages`;
      const headers = key('left-to-the-job');
      await clocked.as(bob).post(url, { body: 'yesterday' }, headers);
      clock += 25 * 60 * 60 * 1000;
      statements.length = 0;
      expect((await clocked.as(alice).post(url, { body: 'today' }, key('later'))).status).toBe(201);
      expect(statements).toContain('InsertQueryNode');
      expect(statements).not.toContain('DeleteQueryNode');
      expect(await savedKeys(headers)).toHaveLength(1);
    } finally {
      await clocked.app.close();
    }
  });

  it('keeps no response for a meeting deleted while the request was running', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const me = await as(bob).get('/v1/me');
    const ctx: StoreContext = {
      db: suite.store.db,
      cipher: createFieldCipher(suite.config.dataKeys),
      blindIndex: createBlindIndex(suite.config.indexKey),
      now: Date.now,
    };
    const { tenant_id: tenantId } = await suite.store.db
      .selectFrom('users')
      .select('tenant_id')
      .where('id', '=', me.body.user.id)
      .executeTakeFirstOrThrow();
    const scope = { tenantId, userId: me.body.user.id as string, email: bob.email };
    const headers = key('late');
    const claim = await claimIdempotencyKey(ctx, scope, headers['idempotency-key'], 'request');
    expect(claim.outcome).toBe('claimed');
    await as(alice).delete(`/v1/meetings/${meetingId}`);
    await saveIdempotentResponse(ctx, scope, claim.outcome === 'claimed' ? claim.claimId : '', {
      statusCode: 201,
      body: JSON.stringify({ body: 'A note the meeting did not outlive' }),
      meetingId,
    });
    expect(await savedKeys(headers)).toEqual([]);
  });
});

/** A Kysely plugin that notes the kind of every statement run (SelectQueryNode, DeleteQueryNode…). */
function recordStatementKinds(kinds: string[]): KyselyPlugin {
  return {
    transformQuery: ({ node }) => {
      kinds.push(node.kind);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}
