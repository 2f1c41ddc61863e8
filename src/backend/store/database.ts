/**
 * Opens the store: one Kysely instance over the embedded SQLite file or a MySQL pool,
 * chosen by MINGWORK_DB_URL. Everything above this file is written once for both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  MysqlAdapter,
  MysqlDialect,
  sql,
  SqliteAdapter,
  SqliteDialect,
} from 'kysely';
import { createPool } from 'mysql2';
import type { Database } from './tables';

export interface Store {
  db: Kysely<Database>;
  close(): Promise<void>;
}

export type Dialect = 'sqlite' | 'mysql';

const SQLITE_PREFIX = 'sqlite:';
const SQLITE_MEMORY = ':memory:';
/** How long a writer waits for SQLite's lock before giving up with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/** A database that does not answer must turn into a quick 503, not a request that hangs. */
const MYSQL_CONNECT_TIMEOUT_MS = 3_000;
const MYSQL_POOL_SIZE = 10;
/** Requests waiting for a pooled connection beyond this many are refused at once. */
const MYSQL_QUEUE_LIMIT = 200;

export function openStore(dbUrl: string): Store {
  if (dbUrl.startsWith('mysql://')) return openMysql(dbUrl);
  if (dbUrl.startsWith(SQLITE_PREFIX)) return openSqlite(dbUrl.slice(SQLITE_PREFIX.length));
  throw new Error('The database URL must start with sqlite: or mysql://');
}

/**
 * Which database a Kysely instance talks to, for the few statements that must differ. Read
 * off the instance rather than kept beside it, so that code handed only a `db` (migrations,
 * key rotation, a transaction) asks the same way as everyone else.
 */
export function dialectOf(db: Pick<Kysely<unknown>, 'getExecutor'>): Dialect {
  const { adapter } = db.getExecutor();
  if (adapter instanceof MysqlAdapter) return 'mysql';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error(`Unsupported database adapter: ${adapter.constructor.name}`);
}

/** A cheap round trip. */
export async function checkStore(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * The readiness check on a migrated store. On MySQL it reads a table of ours, so revoked
 * grants count as not ready. On SQLite it touches no table: better-sqlite3 waits for another
 * process's lock synchronously, which would freeze every request of this one meanwhile.
 */
export async function probeStore(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) === 'sqlite') await checkStore(db);
  else await sql`select 1 from ${sql.table(DEFAULT_MIGRATION_TABLE)} limit 1`.execute(db);
}

function openSqlite(file: string): Store {
  if (file !== SQLITE_MEMORY) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets readers run while one writer writes; foreign keys are off unless asked for.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Deleted and rewritten content (erased notes, rotated ciphertexts) is zeroed, not left in free pages.
  database.pragma('secure_delete = ON');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, close: () => db.destroy() };
}

function openMysql(dbUrl: string): Store {
  const pool = createPool({
    uri: dbUrl,
    charset: 'utf8mb4',
    timezone: 'Z',
    connectTimeout: MYSQL_CONNECT_TIMEOUT_MS,
    connectionLimit: MYSQL_POOL_SIZE,
    queueLimit: MYSQL_QUEUE_LIMIT,
    enableKeepAlive: true,
  });
  const db = new Kysely<Database>({ dialect: new MysqlDialect({ pool }) });
  return { db, close: () => db.destroy() };
}
