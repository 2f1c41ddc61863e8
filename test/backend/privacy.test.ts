/**
 * The user's privacy rights through the API (policy §8, §11; DESIGN §6 "Erasure"): what they
 * see stored, the statistics objection, the export, erasure and disconnection, checked
 * against what the store really holds afterwards.
 */
import Ajv from 'ajv';
import { createFieldCipher } from '../../src/backend/crypto/field-cipher';
import { ExportDocument } from '../../src/shared/export';
import type { Response } from '../helpers/backend/app';
import { meetInEachOthersMeetings, type CoworkerMeetings } from '../helpers/backend/coworkers';
import { eachDatabase } from '../helpers/backend/databases';
import { workspaceUser, type TestUser } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

type ContentTable = 'agenda_items' | 'notes' | 'messages' | 'files';
const CONTENT_TABLES: ContentTable[] = ['agenda_items', 'notes', 'messages', 'files'];

const validateExport = new Ajv({ strict: false, allErrors: true }).compile(ExportDocument);

let users = 0;
/** A user of acme.example no other test uses, so that counts and erasures are this test's own. */
function newUser(name: string): TestUser {
  users += 1;
  return workspaceUser(`70${users}`, `${name.toLowerCase()}${users}@acme.example`, name);
}

describe.each(eachDatabase())('privacy rights on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: TestUser) => suite.backend.as(user);

  async function rowExists(table: 'meetings' | ContentTable, id: string): Promise<boolean> {
    const db = suite.store.db;
    const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async function contentExists(id: string): Promise<boolean> {
    for (const table of CONTENT_TABLES) if (await rowExists(table, id)) return true;
    return false;
  }

  async function authorOf(table: ContentTable, id: string): Promise<string | null> {
    const db = suite.store.db;
    const row =
      table === 'files'
        ? await db
            .selectFrom('files')
            .select('added_by_user_id as author')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        : await db
            .selectFrom(table)
            .select('author_user_id as author')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
    return row.author;
  }

  describe('GET /v1/me', () => {
    it('counts what Mingwork stores of the user: owned meetings and items written anywhere', async () => {
      const user = newUser('Counted');
      const coworker = newUser('Coworker');
      await meetInEachOthersMeetings(suite.backend, user, coworker, 'counts');
      const me = await as(user).get('/v1/me');
      expect(me.status).toBe(200);
      // One meeting owned; one of each item in each of the two meetings (notes: shared + private).
      expect(me.body.stored).toEqual({
        meetingsOwned: 1,
        agendaItems: 2,
        notes: 4,
        messages: 2,
        files: 2,
      });
      expect(Date.parse(me.body.user.lastActiveAt)).toBeGreaterThan(0);
      expect(me.body.user.disabled).toBe(false);
      expect(me.body.tenant).toMatchObject({ maxDriveRole: 'writer', retentionDays: null });
    });
  });

  describe('PUT /v1/me/preferences', () => {
    it('records the objection to statistics, and lifting it', async () => {
      const user = newUser('Objector');
      const off = await as(user).put('/v1/me/preferences', { allowStatistics: false });
      expect(off.status).toBe(200);
      expect(off.body).toEqual({ preferences: { allowStatistics: false } });
      expect((await as(user).get('/v1/me')).body.preferences).toEqual({ allowStatistics: false });
      await as(user).put('/v1/me/preferences', { allowStatistics: true });
      expect((await as(user).get('/v1/me')).body.preferences).toEqual({ allowStatistics: true });
    });

    it('refuses anything but a boolean with a 400 that names the field', async () => {
      const response = await as(newUser('Typo')).put('/v1/me/preferences', {
        allowStatistics: 'no',
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('allowStatistics');
    });
  });

  describe('GET /v1/me/export', () => {
    let user: TestUser;
    let coworker: TestUser;
    let meetings: CoworkerMeetings;
    let exported: Response;

    beforeAll(async () => {
      user = newUser('Exporter');
      coworker = newUser('Colleague');
      meetings = await meetInEachOthersMeetings(suite.backend, user, coworker, 'export');
      exported = await as(user).get('/v1/me/export');
    });

    it('answers one versioned JSON document that validates against the published schema', () => {
      expect(exported.status).toBe(200);
      expect(exported.headers['content-type']).toMatch(/^application\/json/);
      const valid = validateExport(exported.body);
      expect(validateExport.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(exported.body).toMatchObject({
        format: 'mingwork-export',
        version: 1,
        user: { email: user.email, name: user.name, role: 'member' },
        tenant: { kind: 'domain', domain: 'acme.example' },
        preferences: { allowStatistics: true },
      });
    });

    it('holds the owned meeting with all its shared content and the user’s private note', () => {
      const [owned, ...others] = exported.body.meetings;
      expect(others).toEqual([]);
      expect(owned.meeting).toMatchObject({ id: meetings.own.meetingId, guests: 1 });
      const mine = meetings.own.byUser.texts;
      const theirs = meetings.own.byCoworker.texts;
      expect(owned.agenda.map((item: { title: string }) => item.title)).toEqual([
        mine.agenda,
        theirs.agenda,
      ]);
      expect(owned.notes.map((note: { body: string }) => note.body).sort()).toEqual(
        [mine.sharedNote, mine.privateNote, theirs.sharedNote].sort(),
      );
      expect(owned.messages.map((m: { body: string }) => m.body)).toEqual([
        mine.message,
        theirs.message,
      ]);
      expect(owned.files.map((f: { url: string }) => f.url)).toEqual([mine.file, theirs.file]);
      expect(owned.messages.map((m: { authoredByMe: boolean }) => m.authoredByMe)).toEqual([
        true,
        false,
      ]);
    });

    it('holds what the user wrote in the co-worker’s meeting as contributions, private note included', () => {
      const contributions = exported.body.contributions as {
        meetingId: string;
        eventId: string;
        kind: string;
        item: { title?: string; body?: string; url?: string };
      }[];
      const mine = meetings.theirs.byUser.texts;
      expect(contributions.map((c) => [c.kind, c.item.title ?? c.item.body ?? c.item.url])).toEqual(
        [
          ['agenda', mine.agenda],
          ['note', mine.sharedNote],
          ['note', mine.privateNote],
          ['message', mine.message],
          ['file', mine.file],
        ],
      );
      for (const c of contributions) {
        expect(c).toMatchObject({
          meetingId: meetings.theirs.meetingId,
          eventId: meetings.theirs.eventId,
        });
      }
    });

    it('holds nothing of the co-worker’s private notes, their own meeting, or who they are', () => {
      const text = JSON.stringify(exported.body);
      expect(text).not.toContain(meetings.own.byCoworker.texts.privateNote);
      for (const written of Object.values(meetings.theirs.byCoworker.texts))
        expect(text).not.toContain(written);
      expect(text).not.toContain(coworker.email);
      expect(text).not.toContain(coworker.name);
    });

    it('streams exports larger than one read batch, each message once and in order', async () => {
      const writer = newUser('Prolific');
      const { meetingId } = await startMeeting(suite.backend, writer);
      const cipher = createFieldCipher(suite.config.dataKeys);
      const tenant = await suite.store.db
        .selectFrom('meetings')
        .select('tenant_id')
        .where('id', '=', meetingId)
        .executeTakeFirstOrThrow();
      const author = (await as(writer).get('/v1/me')).body.user.id as string;
      const count = 1_234;
      const rows = Array.from({ length: count }, (_, i) => ({
        id: `m${String(i).padStart(6, '0')}${meetingId.slice(0, 20)}`,
        meeting_id: meetingId,
        tenant_id: tenant.tenant_id,
        author_user_id: author,
        body_enc: cipher.encrypt(`bulk message ${i}`),
        created_at: i,
        updated_at: i,
      }));
      for (let i = 0; i < rows.length; i += 200)
        await suite.store.db
          .insertInto('messages')
          .values(rows.slice(i, i + 200))
          .execute();
      const response = await as(writer).get('/v1/me/export');
      expect(response.status).toBe(200);
      const bodies = response.body.meetings[0].messages.map((m: { body: string }) => m.body);
      expect(bodies).toEqual(rows.map((_, i) => `bulk message ${i}`));
    });

    it('is recorded in the audit log, with the user’s id and no email', async () => {
      const id = (await as(user).get('/v1/me')).body.user.id;
      const entries = await suite.store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'privacy.export')
        .where('actor', '=', id)
        .execute();
      expect(entries).toHaveLength(1);
      expect(JSON.stringify(entries)).not.toContain('@');
    });
  });

  describe.each([
    ['DELETE /v1/me', 'account.erase', (user: TestUser) => as(user).delete('/v1/me')],
    [
      'POST /v1/me/disconnect',
      'account.disconnect',
      (user: TestUser) => as(user).post('/v1/me/disconnect'),
    ],
  ])('%s', (_call, action, erase) => {
    let user: TestUser;
    let coworker: TestUser;
    let meetings: CoworkerMeetings;
    let userId: string;
    let answer: { status: number };

    beforeAll(async () => {
      user = newUser('Leaver');
      coworker = newUser('Stayer');
      meetings = await meetInEachOthersMeetings(suite.backend, user, coworker, action);
      userId = (await as(user).get('/v1/me')).body.user.id;
      // A saved idempotent response, which holds the user's content.
      await as(user).post(
        `/v1/meetings/${meetings.theirs.meetingId}/notes`,
        { body: `${action} replayable note`, visibility: 'private' },
        { 'idempotency-key': `${action}-key` },
      );
      answer = await erase(user);
    });

    it('answers 204 and deletes the account, its blind index and its saved responses', async () => {
      expect(answer.status).toBe(204);
      const db = suite.store.db;
      expect(await db.selectFrom('users').select('id').where('id', '=', userId).execute()).toEqual(
        [],
      );
      expect(
        await db.selectFrom('users').select('id').where('sub', '=', user.sub).execute(),
      ).toEqual([]);
      expect(
        await db
          .selectFrom('idempotency_keys')
          .select('id')
          .where('user_id', '=', userId)
          .execute(),
      ).toEqual([]);
    });

    it('deletes the meeting the user owned with everything in it, whoever wrote it', async () => {
      expect(await rowExists('meetings', meetings.own.meetingId)).toBe(false);
      const ids = [
        ...Object.values(meetings.own.byUser.ids),
        ...Object.values(meetings.own.byCoworker.ids),
      ];
      expect(ids).toHaveLength(10);
      for (const id of ids)
        expect({ id, kept: await contentExists(id) }).toEqual({ id, kept: false });
    });

    it('deletes the user’s private note in the co-worker’s meeting', async () => {
      expect(await rowExists('notes', meetings.theirs.byUser.ids.privateNote)).toBe(false);
    });

    it('keeps what the user wrote for the co-worker, with the authorship removed', async () => {
      const kept = meetings.theirs.byUser.ids;
      expect(await contentExists(kept.agenda)).toBe(true);
      expect(await authorOf('agenda_items', kept.agenda)).toBeNull();
      expect(await authorOf('notes', kept.sharedNote)).toBeNull();
      expect(await authorOf('messages', kept.message)).toBeNull();
      expect(await authorOf('files', kept.file)).toBeNull();
      const view = (await as(coworker).get(`/v1/events/${meetings.theirs.eventId}/meeting`)).body;
      const texts = meetings.theirs.byUser.texts;
      expect(view.agenda.map((i: { title: string }) => i.title)).toContain(texts.agenda);
      expect(view.notes.map((n: { body: string }) => n.body)).toContain(texts.sharedNote);
      const message = view.messages.find((m: { body: string }) => m.body === texts.message);
      expect(message).toMatchObject({ authoredByMe: false, authorName: null });
    });

    it('keeps the co-worker’s own content and authorship untouched', async () => {
      const coworkerId = (await as(coworker).get('/v1/me')).body.user.id;
      const theirs = meetings.theirs.byCoworker.ids;
      expect(await authorOf('agenda_items', theirs.agenda)).toBe(coworkerId);
      expect(await authorOf('notes', theirs.privateNote)).toBe(coworkerId);
      expect(await authorOf('messages', theirs.message)).toBe(coworkerId);
      expect(await authorOf('files', theirs.file)).toBe(coworkerId);
    });

    it('writes an audit record naming the account by its old id, never its email', async () => {
      const [entry, ...more] = await suite.store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', action)
        .where('target_id', '=', userId)
        .execute();
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ actor: userId });
      expect(JSON.parse(entry!.detail!)).toEqual({ meetings: 1, privateNotes: 2, anonymised: 4 });
      expect(JSON.stringify(entry)).not.toContain(user.email);
    });

    it('lets the same Google account start afresh with an empty account', async () => {
      const me = await as(user).get('/v1/me');
      expect(me.status).toBe(200);
      expect(me.body.user.id).not.toBe(userId);
      expect(me.body.stored).toEqual({
        meetingsOwned: 0,
        agendaItems: 0,
        notes: 0,
        messages: 0,
        files: 0,
      });
    });
  });
});
