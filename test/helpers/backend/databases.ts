/**
 * The databases a backend suite runs against: SQLite always, MariaDB/MySQL too when
 * MINGWORK_TEST_MYSQL_URL points at a server (e.g. mysql://root@127.0.0.1:3306). Each
 * test database is created for the suite and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { tempDir } from '../temp-dir';

export interface TestDatabase {
  url: string;
  /** Everything stored, as the bytes or rows someone with the disk or a DB login would see. */
  rawContents(): Promise<Buffer>;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  name: 'sqlite' | 'mysql';
  create(): Promise<TestDatabase>;
}

const MYSQL_URL = process.env.MINGWORK_TEST_MYSQL_URL;

/**
 * For suites about MySQL alone (grants, several processes on one database): skipped
 * without a server, except under CI=true, where they must run.
 */
export const MYSQL_TESTS_RUN = Boolean(MYSQL_URL) || process.env.CI === 'true';
export const describeWithMysql: jest.Describe = MYSQL_TESTS_RUN ? describe : describe.skip;

/** The server's URL without a database, for tests that administer it (users, grants). */
export function mysqlServerUrl(): string {
  if (!MYSQL_URL)
    throw new Error('Set MINGWORK_TEST_MYSQL_URL: under CI=true MySQL tests must run.');
  return MYSQL_URL;
}

export const mysqlDatabase: DatabaseKind = {
  name: 'mysql',
  create: () => createMysqlDatabase(mysqlServerUrl()),
};

/** For suites about something the database kind does not change (rate limits, parsing). */
export const sqliteDatabase: DatabaseKind = { name: 'sqlite', create: createSqliteDatabase };

/** For `describe.each(eachDatabase())('... on %s', (_name, kind) => ...)`. */
export function eachDatabase(): Array<[DatabaseKind['name'], DatabaseKind]> {
  const kinds: DatabaseKind[] = [sqliteDatabase];
  if (MYSQL_URL) kinds.push(mysqlDatabase);
  return kinds.map((kind) => [kind.name, kind]);
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = tempDir('sqlite');
  const file = path.join(dir, 'nested', 'mingwork.db');
  return {
    url: `sqlite:${file}`,
    // Recent writes sit in the write-ahead log until a checkpoint: read both files.
    rawContents: async () =>
      Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f))),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createMysqlDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `mingwork_test_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`create database ${name} character set utf8mb4`);
  await admin.end();
  const url = `${serverUrl.replace(/\/$/, '')}/${name}`;
  return {
    url,
    rawContents: () => dumpMysql(url),
    drop: async () => {
      const connection = await createConnection(serverUrl);
      await connection.query(`drop database if exists ${name}`);
      await connection.end();
    },
  };
}

/** Every row of every table, read over a separate connection. */
async function dumpMysql(url: string): Promise<Buffer> {
  const connection = await createConnection(url);
  try {
    const [tables] = await connection.query('show tables');
    const dump: unknown[] = [];
    for (const row of tables as Record<string, string>[]) {
      const [table] = Object.values(row);
      const [rows] = await connection.query(`select * from \`${table}\``);
      dump.push(rows);
    }
    return Buffer.from(JSON.stringify(dump));
  } finally {
    await connection.end();
  }
}
