/**
 * Account, privacy centre and admin console through the built bundle (dist/Code.js) in the
 * sandbox, against the real backend in its own process: every response is kept and checked
 * against Google's schemas, and every request and log line is scanned for Google data.
 */
import Ajv from 'ajv';
import { loadConfig } from '../../src/backend/config';
import { createFieldCipher } from '../../src/backend/crypto/field-cipher';
import { openStore } from '../../src/backend/store/database';
import { newId } from '../../src/backend/store/ids';
import { ExportDocument } from '../../src/shared/export';
import { homepageEvent, type FormInputJson } from '../../src/workbench/events';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { CacheStore } from '../../src/workbench/gas/cache-service';
import { PropertyStore } from '../../src/workbench/gas/properties-service';
import { userScope } from '../../src/workbench/gas/scoped-store';
import type { LogEntry, UrlFetchTraceEntry } from '../../src/workbench/gas/trace';
import type { WorldUser } from '../../src/workbench/gas/world';
import { createSandbox, type Sandbox, type SandboxStores } from '../../src/workbench/sandbox';
import { button, textsShownIn } from '../helpers/addon/card-json';
import { useBackendWithIssuer } from '../helpers/addon/backend-with-issuer';
import { NOW } from '../helpers/workbench/context';
import { CARD, describeConformance, RENDER_ACTION } from '../helpers/workbench/schemas';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are read freely
type Json = any;

const AUDIENCE = 'mingwork-privacy-admin-test';
const world = loadWorld(sampleWorld, NOW);
const alice = world.user('alice@acme.example');
const bob = world.user('bob@acme.example');
const carol = world.user('carol@globex.example');
const grace = world.user('grace@globex.example');

const running = useBackendWithIssuer('privacyadmin', AUDIENCE, {
  MINGWORK_BOOTSTRAP_ADMINS: 'alice@acme.example',
});
const stores: SandboxStores = { cache: new CacheStore(), properties: new PropertyStore() };
const sandboxes = new Map<string, Sandbox>();
/** Everything the add-on answered and sent, for the conformance and privacy checks below. */
const responses: Array<[string, unknown]> = [];
const requests: UrlFetchTraceEntry[] = [];
const logs: LogEntry[] = [];

afterAll(() => Promise.all([...sandboxes.values()].map((sandbox) => sandbox.close())));

function sandboxOf(user: WorldUser): Sandbox {
  let sandbox = sandboxes.get(user.email);
  if (!sandbox) {
    sandbox = createSandbox({
      world,
      user: user.email,
      backendUrl: running.backend.url,
      identity: running.issuer,
      now: NOW,
      stores,
    });
    sandboxes.set(user.email, sandbox);
  }
  return sandbox;
}

interface Inputs {
  parameters?: Record<string, string>;
  formInputs?: Record<string, FormInputJson>;
}

/** Runs a universal action or callback as the user, in Calendar, and keeps what happened. */
function run(user: WorldUser, functionName: string, inputs: Inputs = {}) {
  const event = homepageEvent('CALENDAR', { user, now: NOW });
  if (inputs.parameters) event.commonEventObject.parameters = inputs.parameters;
  if (inputs.formInputs) event.commonEventObject.formInputs = inputs.formInputs;
  const invocation = sandboxOf(user).invoke(functionName, event);
  responses.push([`${functionName} as ${user.email}`, invocation.response]);
  const fetches = invocation.trace.filter((e): e is UrlFetchTraceEntry => e.kind === 'urlfetch');
  requests.push(...fetches);
  logs.push(...invocation.logs);
  return { response: invocation.response as Json, fetches };
}

const text = (value: string): FormInputJson => ({ stringInputs: { value: [value] } });

/** The card a universal action shows, or the one a callback's navigation ends on. */
function shownCard(response: Json): Json {
  if (Array.isArray(response)) return response[0];
  const navigations = response.action?.navigations ?? [];
  const last = navigations[navigations.length - 1];
  return last?.pushCard ?? last?.updateCard;
}

const shown = (response: Json) => textsShownIn(shownCard(response)).join('\n');
const notice = (response: Json) => response.action?.notification?.text;

/** Calls the backend directly, as the user, to set the scene or check the outcome. */
async function api(user: WorldUser, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${running.backend.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${running.issuer.signIdToken(user)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.text();
  return answer ? JSON.parse(answer) : null;
}

async function startMeetingWithContent(user: WorldUser, eventId: string) {
  const view = await api(user, 'POST', '/v1/meetings', { eventId, guestDigests: [] });
  const base = `/v1/meetings/${view.meeting.id}`;
  await api(user, 'POST', `${base}/agenda`, { title: 'Budget review' });
  await api(user, 'POST', `${base}/notes`, { body: 'Bring the Q4 numbers', visibility: 'private' });
  await api(user, 'POST', `${base}/messages`, { body: 'See you there' });
  return view.meeting.id as string;
}

describe('the Account card', () => {
  it('shows who the user is to the backend: name, email, domain, role, and that it answers', () => {
    const { response } = run(alice, 'onAccountAction');
    const card = shown(response);
    for (const expected of [
      'Alice Martin',
      'alice@acme.example',
      'acme.example',
      'Administrator',
    ]) {
      expect(card).toContain(expected);
    }
    expect(card).toContain('Connected: the service answers.');
    expect(button(shownCard(response), 'Admin console').action?.function).toBe(
      'onOpenAdminConsole',
    );
  });

  it('opens the privacy centre on top of itself', () => {
    const { response } = run(bob, 'onOpenPrivacyCentre');
    expect(response.action.navigations[0].pushCard).toBeDefined();
    expect(shown(response)).toContain('隐私中心');
  });
});

describe('the privacy centre', () => {
  const exportedBefore = new Set(world.files.map((file) => file.id));

  beforeAll(async () => {
    await startMeetingWithContent(grace, 'evt-grace-planning');
  });

  it('counts what Mingwork stores about the user', () => {
    const card = textsShownIn(shownCard(run(grace, 'onPrivacyAction').response));
    const after = (label: string) => card[card.indexOf(label) + 1];
    expect(after('Meetings you started')).toBe('1');
    expect(after('Agenda items you wrote')).toBe('1');
    expect(after('Notes you wrote (shared and private)')).toBe('1');
    expect(after('Messages you wrote')).toBe('1');
    expect(after('Drive links you added')).toBe('0');
  });

  it('records the objection to statistics from the switch, and lifting it', async () => {
    const objected = run(grace, 'onPrivacyStatisticsChange', {
      formInputs: { objectToStatistics: text('true') },
    }).response;
    expect(notice(objected)).toBe('Statistics are off for your data.');
    expect(JSON.stringify(shownCard(objected))).toMatch(/"switchControl":\{[^}]*"selected":true/);
    expect((await api(grace, 'GET', '/v1/me')).preferences.allowStatistics).toBe(false);

    const lifted = run(grace, 'onPrivacyStatisticsChange').response;
    expect(notice(lifted)).toBe('Statistics may use your data again.');
    expect((await api(grace, 'GET', '/v1/me')).preferences.allowStatistics).toBe(true);
  });

  it('exports everything to a JSON file in the user’s own Drive, and links it', () => {
    const { response } = run(grace, 'onPrivacyExport');
    expect(notice(response)).toBe('Your export is saved in your Drive.');
    const created = world.files.filter((file) => !exportedBefore.has(file.id));
    expect(
      created.map((file) => [file.name, file.mimeType, world.roleOf(grace.email, file)]),
    ).toEqual([['Mingwork export 2026-11-30 03.00.json', 'application/json', 'owner']]);
    const document = JSON.parse(created[0]!.content!.toString('utf8'));
    const validate = new Ajv({ strict: false }).compile(ExportDocument);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document.meetings[0].agenda[0].title).toBe('Budget review');
    expect(document.meetings[0].notes[0].body).toBe('Bring the Q4 numbers');
    expect(button(shownCard(response), 'Open').link).toBe(
      `https://drive.google.com/file/d/${created[0]!.id}/view?usp=drivesdk`,
    );
  });

  it('says exactly what erasing deletes and what stays, with the user’s numbers', () => {
    const { response } = run(grace, 'onPrivacyConfirm', { parameters: { how: 'erase' } });
    const card = shown(response);
    expect(response.action.navigations[0].pushCard).toBeDefined();
    expect(card).toContain('Your Mingwork account (grace@globex.example)');
    expect(card).toContain('The 1 meeting(s) you started');
    expect(card).toContain('without your name');
  });

  it('erases, forgets the cached reads and shows the signed-out state', async () => {
    const generation = () => stores.cache.scope(userScope(grace.email)).get('mw:version')?.value;
    const before = generation();
    const { response } = run(grace, 'onPrivacyLeave', { parameters: { how: 'erase' } });
    expect(notice(response)).toBe('Your Mingwork data was erased.');
    expect(response.action.navigations).toEqual([
      { popToRoot: true },
      { updateCard: expect.anything() },
    ]);
    expect(shown(response)).toContain('Signed out of Mingwork');
    expect(shown(response)).not.toContain('grace@globex.example');
    expect(generation()).not.toBe(before);
    const fresh = await api(grace, 'GET', '/v1/me');
    expect(fresh.stored).toEqual({
      meetingsOwned: 0,
      agendaItems: 0,
      notes: 0,
      messages: 0,
      files: 0,
    });
  });
});

describe('the admin console', () => {
  let bobId: string;

  beforeAll(async () => {
    bobId = (await api(bob, 'GET', '/v1/me')).user.id;
    await api(carol, 'GET', '/v1/me');
  });

  it('lists the admin’s domain only', () => {
    const card = shown(run(alice, 'onAdminAction').response);
    expect(card).toContain('alice@acme.example');
    expect(card).toContain('Bob Chen');
    expect(card).not.toContain('carol@globex.example');
  });

  it('searches by email prefix, and checks the search before any call', () => {
    const found = run(alice, 'onAdminUsers', { formInputs: { q: text('BO') } });
    expect(shown(found.response)).toContain('Bob Chen');
    expect(shown(found.response)).not.toContain('Alice Martin');

    const tooLong = run(alice, 'onAdminUsers', { formInputs: { q: text('b'.repeat(255)) } });
    expect(shown(tooLong.response)).toContain('Search with at most 254 characters');
    expect(tooLong.fetches).toEqual([]);
  });

  it('disables a user, who is then refused with the disabled card everywhere, and enables them', () => {
    const opened = run(alice, 'onAdminUserOpen', { parameters: { userId: bobId } });
    expect(shown(opened.response)).toContain('Bob Chen');
    const disable = button(shownCard(opened.response), 'Disable account').action!;
    const disabled = run(alice, disable.function, { parameters: disable.parameters });
    expect(notice(disabled.response)).toBe('Bob Chen was disabled.');
    expect(shown(disabled.response)).toContain('Enable account');

    // Bob reads zh-CN: the same refusal, in his language, from every universal action.
    expect(shown(run(bob, 'onPrivacyAction').response)).toContain('账户已停用');
    expect(shown(run(bob, 'onAdminAction').response)).toContain('账户已停用');
    expect(shown(run(bob, 'onAccountAction').response)).toContain('已被您所在域的管理员停用');

    const enabled = run(alice, 'onAdminUserChange', {
      parameters: { userId: bobId, change: 'enable' },
    });
    expect(notice(enabled.response)).toBe('Bob Chen was enabled.');
    expect(shown(run(bob, 'onPrivacyAction').response)).toContain('隐私中心');
  });

  it('will not remove the last admin, and says why on the user’s card', async () => {
    const aliceId = (await api(alice, 'GET', '/v1/me')).user.id;
    const { response } = run(alice, 'onAdminUserChange', {
      parameters: { userId: aliceId, change: 'revoke' },
    });
    expect(shown(response)).toContain('This is the last admin of your domain.');
    expect((await api(alice, 'GET', '/v1/me')).user.role).toBe('admin');
  });

  it('grants admin to another user, who then gets the console', () => {
    run(alice, 'onAdminUserChange', { parameters: { userId: bobId, change: 'grant' } });
    expect(shown(run(bob, 'onAdminAction').response)).toContain('Bob Chen');
    run(alice, 'onAdminUserChange', { parameters: { userId: bobId, change: 'revoke' } });
    expect(shown(run(bob, 'onAdminAction').response)).toContain('管理控制台仅供');
  });

  it('checks the policy form before any call, keeping what was typed', () => {
    const opened = run(alice, 'onAdminPolicyOpen');
    expect(shown(opened.response)).toContain('Guests from other domains');
    const typed = {
      externalGuests: text('deny'),
      maxDriveRole: text('commenter'),
      retentionDays: text('3'),
    };
    const refused = run(alice, 'onAdminPolicySave', { formInputs: typed });
    expect(refused.fetches).toEqual([]);
    expect(shown(refused.response)).toContain('from 7 to 3650');
    expect(JSON.stringify(shownCard(refused.response))).toContain('"value":"3"');
  });

  it('saves the domain policy, which the backend then applies', async () => {
    const saved = run(alice, 'onAdminPolicySave', {
      formInputs: {
        externalGuests: text('deny'),
        maxDriveRole: text('commenter'),
        retentionDays: text('365'),
      },
    });
    expect(notice(saved.response)).toBe('Domain policy saved.');
    expect(await api(alice, 'GET', '/v1/admin/policy')).toEqual({
      externalGuests: 'deny',
      maxDriveRole: 'commenter',
      retentionDays: 365,
    });
    expect((await api(bob, 'GET', '/v1/me')).tenant.maxDriveRole).toBe('commenter');
  });

  it('shows the audit log with what was done, in pseudonyms', () => {
    const { response } = run(alice, 'onAdminAudit');
    const card = shown(response);
    for (const action of [
      'Domain policy changed',
      'Admin role removed',
      'Made admin',
      'Account enabled',
      'Account disabled',
    ]) {
      expect(card).toContain(action);
    }
    expect(card).not.toMatch(/@|Bob Chen|Alice Martin/);
  });

  it('is, for a non-admin or another domain, a card that says it is for admins', () => {
    expect(shown(run(carol, 'onAdminAction').response)).toContain(
      "The admin console is for your domain's Mingwork administrators.",
    );
  });
});

describe('when the service does not answer', () => {
  const offline = () =>
    createSandbox({
      world,
      user: alice.email,
      backendUrl: 'http://127.0.0.1:9',
      identity: running.issuer,
      now: NOW,
    });

  function runOffline(functionName: string, inputs: Inputs) {
    const sandbox = offline();
    try {
      const event = homepageEvent('CALENDAR', { user: alice, now: NOW });
      Object.assign(event.commonEventObject, inputs);
      const { response } = sandbox.invoke(functionName, event);
      responses.push([`${functionName} offline`, response]);
      return response as Json;
    } finally {
      void sandbox.close();
    }
  }

  it('keeps the policy as typed, with a Retry that sends it again', () => {
    const response = runOffline('onAdminPolicySave', {
      formInputs: {
        externalGuests: text('deny'),
        maxDriveRole: text('reader'),
        retentionDays: text('120'),
      },
    });
    const card = shownCard(response);
    expect(shown(response)).toContain('The Mingwork service is not answering right now.');
    expect(JSON.stringify(card)).toContain('"name":"retentionDays"');
    expect(JSON.stringify(card)).toContain('"value":"120"');
    expect(button(card, 'Retry').action).toMatchObject({
      function: 'onAdminPolicySave',
      persistValues: true,
    });
  });

  it('keeps the search as typed, with a Retry of the same search', () => {
    const response = runOffline('onAdminUsers', { formInputs: { q: text('car') } });
    const card = shownCard(response);
    expect(JSON.stringify(card)).toMatch(/"textInput":\{"name":"q"[^}]*"value":"car"/);
    expect(button(card, 'Retry').action).toMatchObject({
      function: 'onAdminUsers',
      parameters: { paging: 'true', q: 'car' },
    });
  });
});

describe('a user with 10,000 items', () => {
  it('exports all of them within one 30-second callback', async () => {
    const heavy = world.user('carol@globex.example');
    const me = await api(heavy, 'GET', '/v1/me');
    const config = loadConfig({ ...process.env, ...running.env });
    const cipher = createFieldCipher(config.dataKeys);
    const store = openStore(config.dbUrl);
    try {
      const now = Date.now();
      const meetings = Array.from({ length: 50 }, (_, i) => ({
        id: newId(),
        tenant_id: '',
        event_id: `evt-heavy-${i}`,
        owner_user_id: me.user.id,
        created_at: now,
        updated_at: now,
      }));
      const { tenant_id } = await store.db
        .selectFrom('users')
        .select('tenant_id')
        .where('id', '=', me.user.id)
        .executeTakeFirstOrThrow();
      for (const meeting of meetings) meeting.tenant_id = tenant_id;
      await store.db.insertInto('meetings').values(meetings).execute();
      for (const meeting of meetings) {
        const keys = (i: number) => ({
          id: newId(),
          meeting_id: meeting.id,
          tenant_id,
          created_at: now + i,
        });
        const items = (n: number) => Array.from({ length: n }, (_, i) => i);
        await store.db
          .insertInto('agenda_items')
          .values(
            items(20).map((i) => ({
              ...keys(i),
              author_user_id: me.user.id,
              title_enc: cipher.encrypt(`Item ${i}`),
              done: 0,
              position: i,
              duration_minutes: null,
              updated_at: now,
            })),
          )
          .execute();
        await store.db
          .insertInto('notes')
          .values(
            items(20).map((i) => ({
              ...keys(i),
              author_user_id: me.user.id,
              body_enc: cipher.encrypt(`Note ${i} `.repeat(20)),
              visibility: 'shared' as const,
              updated_at: now,
            })),
          )
          .execute();
        await store.db
          .insertInto('messages')
          .values(
            items(150).map((i) => ({
              ...keys(i),
              author_user_id: me.user.id,
              body_enc: cipher.encrypt(`Message ${i} `.repeat(8)),
              updated_at: now,
            })),
          )
          .execute();
        await store.db
          .insertInto('files')
          .values(
            items(10).map((i) => ({
              ...keys(i),
              added_by_user_id: me.user.id,
              url_enc: cipher.encrypt(`https://drive.google.com/file/d/heavy${i}/view`),
            })),
          )
          .execute();
      }
    } finally {
      await store.close();
    }

    const before = new Set(world.files.map((file) => file.id));
    const { response } = run(heavy, 'onPrivacyExport');
    expect(notice(response)).toBe('Your export is saved in your Drive.');
    const file = world.files.find((candidate) => !before.has(candidate.id))!;
    const document = JSON.parse(file.content!.toString('utf8'));
    const items = document.meetings.reduce(
      (sum: number, m: Json) =>
        sum + m.agenda.length + m.notes.length + m.messages.length + m.files.length,
      0,
    );
    expect([document.meetings.length, items]).toEqual([50, 10_000]);
  }, 60_000);
});

describe('privacy', () => {
  /** Google data of the sample world that must never leave Apps Script. */
  const googleData = [
    ...world.users.flatMap((user) => [user.email, user.name]),
    ...world.events.flatMap((event) => [event.summary, event.description, event.location]),
    ...world.files.filter((file) => !file.content).map((file) => file.name),
  ].filter((value): value is string => Boolean(value));

  it('no request carries emails, names, titles or file names from Google: only the token says who', () => {
    expect(requests.length).toBeGreaterThan(20);
    for (const request of requests) {
      const { Authorization: _token, ...headers } = request.requestHeaders;
      const sent = [request.url, request.requestBody, JSON.stringify(headers)].join('\n');
      for (const value of googleData) {
        expect({ url: request.url, carries: value, found: sent.includes(value) }).toMatchObject({
          found: false,
        });
      }
    }
  });

  it('no log line of the add-on carries them either', () => {
    const logged = logs.map((entry) => entry.message).join('\n');
    for (const value of googleData)
      expect({ value, logged: logged.includes(value) }).toMatchObject({ logged: false });
  });
});

describeConformance('every response above validates against Google’s schemas', (schemas) => {
  it('as a card, a list of cards or an action response', () => {
    expect(responses.length).toBeGreaterThan(20);
    for (const [name, response] of responses) {
      const cards = Array.isArray(response) ? response : [response];
      for (const json of cards) {
        const isCard = typeof json === 'object' && json !== null && 'sections' in json;
        expect({ name, errors: schemas().errors(isCard ? CARD : RENDER_ACTION, json) }).toEqual({
          name,
          errors: [],
        });
      }
    }
  });
});
