import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type KyselyPlugin } from 'kysely';
import { createConnection, type Connection } from 'mysql2/promise';
import type { AppDependencies } from '../../src/backend/app';
import type { Store } from '../../src/backend/store/database';
import {
  openMigratedStore,
  throwawayKeys,
  startBackend,
  testConfig,
  type Response,
  type TestBackend,
} from '../helpers/backend/app';
import {
  describeWithMysql,
  mysqlDatabase,
  mysqlServerUrl,
  sqliteDatabase,
  type TestDatabase,
} from '../helpers/backend/databases';
import { alice, startIdentityProvider, type IdentityProvider } from '../helpers/backend/identity';
import { newEventId } from '../helpers/backend/meetings';
import { startTcpForwarder, type TcpForwarder } from '../helpers/tcp-forwarder';

/** Short waits, so recovery shows within a test; production waits are longer. */
const QUICK_READINESS: AppDependencies['readiness'] = {
  checkEveryMs: 100,
  firstRetryMs: 50,
  maxRetryMs: 200,
  waitAtStartMs: 200,
};

/** Polls until `probe` answers `status` (bounded: the backend's retries are quick here). */
async function eventually(probe: () => Promise<Response>, status: number): Promise<Response> {
  let response = await probe();
  for (let attempt = 0; attempt < 100 && response.status !== status; attempt += 1) {
    await sleep(100);
    response = await probe();
  }
  return response;
}

function expectUnavailable(response: Response) {
  expect({ status: response.status, body: response.body }).toEqual({
    status: 503,
    body: { error: 'unavailable', message: expect.any(String) },
  });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describeWithMysql('database faults on MySQL', () => {
  let idp: IdentityProvider;
  let admin: Connection;
  // Each test: a fresh database and a user with no grants on it yet.
  let database: TestDatabase;
  let schema: string;
  let user: string;
  let account: string;
  const password = randomBytes(12).toString('hex');
  let backend: TestBackend | undefined;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    admin = await createConnection(mysqlServerUrl());
  });

  beforeEach(async () => {
    database = await mysqlDatabase.create();
    schema = new URL(database.url).pathname.slice(1);
    user = `mingwork_test_${randomBytes(4).toString('hex')}`;
    account = `'${user}'@'127.0.0.1'`;
    await admin.query(`create user ${account} identified by '${password}'`);
  });

  afterEach(async () => {
    await backend?.app.close();
    backend = undefined;
    await admin.query(`drop user if exists ${account}`);
    await database.drop();
  });

  afterAll(async () => {
    await admin.end();
    await idp.close();
  });

  /** The backend's URL as the restricted user, through `host:port` (MariaDB's by default). */
  function urlAs(port?: number): string {
    const server = new URL(mysqlServerUrl());
    return `mysql://${user}:${password}@127.0.0.1:${port ?? (server.port || 3306)}/${schema}`;
  }

  /** Drops the user's open connections, so the pool reconnects and meets the new grants. */
  async function killConnections() {
    const [rows] = await admin.query(
      'select id from information_schema.processlist where user = ?',
      [user],
    );
    for (const { id } of rows as Array<{ id: number }>) {
      await admin.query(`kill ${Number(id)}`).catch(() => undefined);
    }
  }

  async function grantTables(privileges: string) {
    const [rows] = await admin.query(
      'select table_name as name from information_schema.tables where table_schema = ?',
      [schema],
    );
    for (const { name } of rows as Array<{ name: string }>) {
      await admin.query(`grant ${privileges} on \`${schema}\`.\`${name}\` to ${account}`);
    }
  }

  const readyz = () => backend!.anonymous.get('/readyz');
  const me = () => backend!.as(alice).get('/v1/me');
  const startMeeting = () =>
    backend!.as(alice).post('/v1/meetings', { eventId: newEventId(), guestDigests: [] });

  it('starts without its grants, answers 503 meanwhile, and migrates once they are given', async () => {
    backend = await startBackend(testConfig(urlAs(), idp.jwksUrl), idp, {
      readiness: QUICK_READINESS,
    });
    expect((await backend.anonymous.get('/healthz')).status).toBe(200);
    expectUnavailable(await readyz());
    expectUnavailable(await me());

    await admin.query(`grant all on \`${schema}\`.* to ${account}`);
    expect((await eventually(readyz, 200)).status).toBe(200);
    expect((await me()).status).toBe(200);
    expect((await startMeeting()).status).toBe(201);
  });

  it('answers 503 with Retry-After when grants are revoked mid-run, and recovers when they return', async () => {
    await admin.query(`grant all on \`${schema}\`.* to ${account}`);
    backend = await startBackend(testConfig(urlAs(), idp.jwksUrl), idp, {
      readiness: QUICK_READINESS,
    });
    expect((await eventually(readyz, 200)).status).toBe(200);

    // Database grants: open connections keep them; new ones are refused (ER_DBACCESS_DENIED_ERROR).
    await admin.query(`revoke all on \`${schema}\`.* from ${account}`);
    await killConnections();
    for (const call of [me, startMeeting, me, startMeeting]) expectUnavailable(await call());
    expectUnavailable(await eventually(readyz, 503));

    // Table grants apply to open connections at once (ER_TABLEACCESS_DENIED_ERROR).
    await grantTables('select, insert, update, delete');
    expect((await eventually(me, 200)).status).toBe(200);
    expect((await eventually(readyz, 200)).status).toBe(200);
    await admin.query(
      `revoke select, insert, update, delete on \`${schema}\`.users from ${account}`,
    );
    for (const call of [me, startMeeting]) expectUnavailable(await call());

    await grantTables('select, insert, update, delete');
    expect((await me()).status).toBe(200);
    expect((await startMeeting()).status).toBe(201);
  });

  it('starts while the database is unreachable, and serves once it answers', async () => {
    const server = new URL(mysqlServerUrl());
    const hop: TcpForwarder = await startTcpForwarder('127.0.0.1', Number(server.port || 3306));
    try {
      await admin.query(`grant all on \`${schema}\`.* to ${account}`);
      await hop.cut();
      backend = await startBackend(testConfig(urlAs(hop.port), idp.jwksUrl), idp, {
        readiness: QUICK_READINESS,
      });
      expect((await backend.anonymous.get('/healthz')).status).toBe(200);
      expectUnavailable(await readyz());
      expectUnavailable(await me());

      await hop.restore();
      expect((await eventually(readyz, 200)).status).toBe(200);
      expect((await me()).status).toBe(200);
    } finally {
      await backend?.app.close();
      backend = undefined;
      await hop.close();
    }
  });
});

describe('health probes never wait on the database', () => {
  let idp: IdentityProvider;
  let database: TestDatabase;
  let store: Store;
  let backend: TestBackend;
  let queries = 0;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    database = await sqliteDatabase.create();
    store = await openMigratedStore(database.url, throwawayKeys());
    const countQueries: KyselyPlugin = {
      transformQuery: ({ node }) => {
        queries += 1;
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const counted: Store = { db: store.db.withPlugin(countQueries), close: store.close };
    backend = await startBackend(testConfig(database.url, idp.jwksUrl), idp, {
      store: counted,
      // Only the check at start-up: none runs while the probes are asked.
      readiness: { checkEveryMs: 3_600_000 },
      expireKeysEveryMs: false,
    });
  });

  afterAll(async () => {
    await backend.app.close();
    await store.close();
    await database.drop();
    await idp.close();
  });

  it('answers /healthz and /readyz from what it already knows, sending no query', async () => {
    const before = queries;
    for (let n = 0; n < 3; n += 1) {
      expect((await backend.anonymous.get('/healthz')).status).toBe(200);
      expect((await backend.anonymous.get('/readyz')).status).toBe(200);
    }
    expect(queries).toBe(before);
    // The counter does count: a query through the store moves it.
    await sql`select 1`.execute(backend.app.services.data.db);
    expect(queries).toBe(before + 1);
  });
});
