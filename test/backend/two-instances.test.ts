/**
 * Scale-out as DESIGN §6 means it: two backend processes (the built output, as production
 * runs it) on one MariaDB database and one Redis, behind one proxy, with requests alternating
 * between them as a load balancer sends them.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_RATE_LIMIT } from '../../src/backend/plugins/rate-limit';
import {
  BuiltBackend,
  eventuallyAnswers,
  startBuiltBackend,
} from '../helpers/backend/built-backend';
import { MYSQL_TESTS_RUN, mysqlDatabase, type TestDatabase } from '../helpers/backend/databases';
import { guestDigests } from '../helpers/backend/digests';
import {
  AUDIENCE,
  ISSUER,
  startIdentityProvider,
  workspaceUser,
  type IdentityProvider,
  type TestUser,
} from '../helpers/backend/identity';
import { newEventId } from '../helpers/backend/meetings';
import { REDIS_TESTS_RUN, testRedisUrl } from '../helpers/backend/redis';

const describeScaledOut = MYSQL_TESTS_RUN && REDIS_TESTS_RUN ? describe : describe.skip;
const CONCURRENT_WRITES = 20;

const key = () => randomBytes(32).toString('base64');

/** A user of this test alone: the first test spends its user's whole budget. */
function freshUser(name: string): TestUser {
  const id = randomBytes(4).toString('hex');
  return workspaceUser(`scale-${id}`, `${name}-${id}@scale-out.example`, name);
}

/** A client address of this run alone, as the proxy in front reports it. */
function clientAddress(): string {
  const [a = 0, b = 0] = randomBytes(2);
  return `198.51.${a}.${b}`;
}

interface Call {
  method?: string;
  path: string;
  user?: TestUser;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  from: string;
}

describeScaledOut('two instances on one MariaDB and one Redis', () => {
  let idp: IdentityProvider;
  let database: TestDatabase;
  let instances: BuiltBackend[] = [];

  beforeAll(async () => {
    idp = await startIdentityProvider();
    database = await mysqlDatabase.create();
    const env = {
      MINGWORK_DB_URL: database.url,
      MINGWORK_DATA_KEYS: `shared:${key()}`,
      MINGWORK_INDEX_KEY: key(),
      MINGWORK_OIDC_AUDIENCES: AUDIENCE,
      MINGWORK_OIDC_ISSUERS: ISSUER,
      MINGWORK_OIDC_JWKS_URL: idp.jwksUrl,
      MINGWORK_REDIS_URL: testRedisUrl(),
      MINGWORK_TRUST_PROXY: 'loopback',
      MINGWORK_LOG_LEVEL: 'warn',
    };
    // Started together: both run the migrations against the empty database at once.
    instances = await Promise.all([startBuiltBackend({ env }), startBuiltBackend({ env })]);
    for (const instance of instances) {
      expect(await eventuallyAnswers(`${instance.url}/readyz`, 200)).toBe(200);
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
    await idp?.close();
  });

  /** The nth request goes to instance n % 2, as a round-robin balancer sends it. */
  async function send(n: number, call: Call) {
    const headers: Record<string, string> = { 'x-forwarded-for': call.from, ...call.headers };
    const token = call.token ?? (call.user && (await idp.tokenFor(call.user)));
    if (token) headers.authorization = `Bearer ${token}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${instances[n % 2]!.url}${call.path}`, {
      method: call.method ?? 'GET',
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads fields freely
      body: (text ? JSON.parse(text) : undefined) as any,
    };
  }

  async function statusesOf(count: number, call: Call): Promise<number[]> {
    const statuses: number[] = [];
    for (let n = 0; n < count; n += 1) statuses.push((await send(n, call)).status);
    return statuses;
  }

  /** A meeting `owner` starts for a new event, inviting `guests`. */
  async function startMeeting(owner: TestUser, guests: TestUser[], from: string) {
    const eventId = newEventId();
    const created = await send(0, {
      method: 'POST',
      path: '/v1/meetings',
      user: owner,
      body: { eventId, guestDigests: guestDigests(eventId, guests) },
      from,
    });
    expect(created.status).toBe(201);
    return { eventId, base: `/v1/meetings/${created.body.meeting.id}` };
  }

  it.each([
    ["one user's budget", () => ({ user: freshUser('alice') }), DEFAULT_RATE_LIMIT.max, 200],
    [
      'the per-address budget (bad tokens included)',
      () => ({ token: 'not-a-token' }),
      DEFAULT_RATE_LIMIT.maxPerAddress,
      401,
    ],
  ] as const)(
    'holds %s across both instances',
    async (_what, caller, budget, answered) => {
      const call = { path: '/v1/me', ...caller(), from: clientAddress() };
      const statuses = await statusesOf(budget, call);
      expect(statuses.filter((status) => status === answered)).toHaveLength(budget);
      // Each instance alone would allow the whole budget again; together they allowed it once.
      expect(await statusesOf(2, call)).toEqual([429, 429]);
    },
    120_000,
  );

  it('keeps every concurrent write to one meeting from both instances, with distinct positions', async () => {
    const [alice, bob] = [freshUser('alice'), freshUser('bob')];
    const from = clientAddress();
    const { eventId, base } = await startMeeting(alice, [bob], from);

    const writes = Array.from({ length: CONCURRENT_WRITES }, (_, n) => {
      const user = n % 4 < 2 ? alice : bob;
      const headers = { 'idempotency-key': newEventId() };
      return [
        send(n, {
          method: 'POST',
          path: `${base}/agenda`,
          user,
          body: { title: `item ${n}` },
          headers,
          from,
        }),
        send(n + 1, {
          method: 'POST',
          path: `${base}/messages`,
          user,
          body: { body: `message ${n}` },
          headers: { 'idempotency-key': newEventId() },
          from,
        }),
      ];
    }).flat();
    const responses = await Promise.all(writes);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));

    const view = await send(1, { path: `/v1/events/${eventId}/meeting`, user: alice, from });
    const agenda = view.body.agenda as Array<{ title: string; position: number }>;
    expect(agenda.map((item) => item.position)).toEqual([...Array(CONCURRENT_WRITES).keys()]);
    const expected = (prefix: string) =>
      Array.from({ length: CONCURRENT_WRITES }, (_, n) => `${prefix} ${n}`).sort();
    expect(agenda.map((item) => item.title).sort()).toEqual(expected('item'));
    const messages = await send(0, { path: `${base}/messages?limit=100`, user: bob, from });
    const bodies = (messages.body.messages as Array<{ body: string }>).map((m) => m.body);
    expect(bodies.sort()).toEqual(expected('message'));
  }, 60_000);

  it('answers an idempotent retry sent to the other instance with the first answer', async () => {
    const alice = freshUser('alice');
    const from = clientAddress();
    const { eventId, base } = await startMeeting(alice, [], from);
    const write = {
      method: 'POST',
      path: `${base}/notes`,
      user: alice,
      body: { body: 'written once', visibility: 'shared' },
      headers: { 'idempotency-key': newEventId() },
      from,
    };
    const first = await send(0, write);
    const retry = await send(1, write);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const view = await send(1, { path: `/v1/events/${eventId}/meeting`, user: alice, from });
    expect(view.body.notes.map((note: { body: string }) => note.body)).toEqual(['written once']);
  }, 30_000);
});
