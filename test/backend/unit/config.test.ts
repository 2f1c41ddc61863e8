import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, plainHttpWarning } from '../../../src/backend/config';
import { tempDir } from '../../helpers/temp-dir';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const quiet = { notice: () => undefined };

function freshDir(): string {
  return tempDir('config');
}

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, { dataDir: freshDir(), ...quiet });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('serves local use with no configuration: SQLite in .mingwork and generated keys kept for restarts', () => {
    const dataDir = freshDir();
    const notices: string[] = [];
    const config = loadConfig({}, { dataDir, notice: (m) => notices.push(m) });

    expect(config.dbUrl).toBe('sqlite:.mingwork/mingwork.db');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8787);
    expect(config.oidc.issuers).toEqual(['https://accounts.google.com', 'accounts.google.com']);
    expect(config.oidc.jwksUrl).toBe('https://www.googleapis.com/oauth2/v3/certs');
    expect(config.dataKeys[0]?.key).toHaveLength(32);
    expect(config.indexKey).toHaveLength(32);
    expect(notices.join()).toMatch(/local use only/);

    const keysFile = path.join(dataDir, 'keys.json');
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
    const again = loadConfig({}, { dataDir, notice: (m) => notices.push(m) });
    expect(again.dataKeys[0]?.key.equals(config.dataKeys[0]!.key)).toBe(true);
    expect(notices).toHaveLength(1);
    expect(readFileSync(keysFile, 'utf8')).toContain('dev1:');
  });

  it('reads every variable it knows into the config, none left at its default', () => {
    const env = {
      NODE_ENV: 'production',
      MINGWORK_DB_URL: 'mysql://app:secret@db.internal:3306/mingwork',
      MINGWORK_HOST: '0.0.0.0',
      MINGWORK_PORT: '9000',
      MINGWORK_OIDC_AUDIENCES: 'client-a.apps.googleusercontent.com, client-b',
      MINGWORK_OIDC_ISSUERS: 'https://accounts.google.com',
      MINGWORK_OIDC_JWKS_URL: 'http://127.0.0.1:4000/jwks',
      MINGWORK_DATA_KEYS: `k2:${key(2)},k1:${key(1)}`,
      MINGWORK_INDEX_KEY: key(9),
      MINGWORK_BOOTSTRAP_ADMINS: 'Admin@Acme.example, ops@acme.example',
      MINGWORK_LOG_LEVEL: 'debug',
      MINGWORK_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      MINGWORK_REDIS_URL: 'rediss://app:secret@cache.internal:6380/2',
    };
    // A variable added to config.ts must be added here too, or this test cannot vouch for it.
    const source = readFileSync(path.resolve(__dirname, '../../../src/backend/config.ts'), 'utf8');
    const read = new Set(source.match(/\bMINGWORK_[A-Z_]+\b/g));
    expect([...read].sort()).toEqual(
      Object.keys(env)
        .filter((name) => name !== 'NODE_ENV')
        .sort(),
    );

    const config = loadConfig(env, { dataDir: freshDir(), ...quiet });
    expect(config).toEqual({
      production: true,
      dbUrl: 'mysql://app:secret@db.internal:3306/mingwork',
      host: '0.0.0.0',
      port: 9000,
      oidc: {
        audiences: ['client-a.apps.googleusercontent.com', 'client-b'],
        issuers: ['https://accounts.google.com'],
        jwksUrl: 'http://127.0.0.1:4000/jwks',
      },
      dataKeys: [
        { kid: 'k2', key: Buffer.alloc(32, 2) },
        { kid: 'k1', key: Buffer.alloc(32, 1) },
      ],
      indexKey: Buffer.alloc(32, 9),
      bootstrapAdmins: ['admin@acme.example', 'ops@acme.example'],
      logLevel: 'debug',
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      redisUrl: 'rediss://app:secret@cache.internal:6380/2',
    });
  });

  it('refuses to start in production without audiences and keys, naming each one', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(
      /MINGWORK_OIDC_AUDIENCES.*\n.*MINGWORK_DATA_KEYS.*\n.*MINGWORK_INDEX_KEY/,
    );
  });

  it('names every bad value in one error', () => {
    const problems = problemsOf({
      MINGWORK_DB_URL: 'postgres://x',
      MINGWORK_PORT: '80a',
      MINGWORK_OIDC_JWKS_URL: 'http://keys.example.com/jwks',
      MINGWORK_DATA_KEYS: `good:${key(1)},short:${Buffer.alloc(8).toString('base64')},good:${key(2)}`,
      MINGWORK_INDEX_KEY: 'not base64!',
      MINGWORK_LOG_LEVEL: 'loud',
      MINGWORK_REDIS_URL: 'http://cache.internal',
    });
    const text = problems.join('\n');
    expect(text).toMatch(/MINGWORK_DB_URL/);
    expect(text).toMatch(/MINGWORK_PORT.*80a/);
    expect(text).toMatch(/MINGWORK_OIDC_JWKS_URL must be an https URL/);
    expect(text).toMatch(/32-byte key.*"short"/);
    expect(text).toMatch(/key id "good" twice/);
    expect(text).toMatch(/MINGWORK_INDEX_KEY/);
    expect(text).toMatch(/MINGWORK_LOG_LEVEL/);
    expect(text).toMatch(/MINGWORK_REDIS_URL/);
  });

  it('trusts no proxy unless told how many hops or which addresses are proxies', () => {
    const trustOf = (value?: string) =>
      loadConfig(value === undefined ? {} : { MINGWORK_TRUST_PROXY: value }, {
        dataDir: freshDir(),
        ...quiet,
      }).trustProxy;
    expect(trustOf()).toBe(0);
    expect(trustOf('false')).toBe(0);
    expect(trustOf('2')).toBe(2);
    expect(trustOf('loopback, fd00::/8')).toEqual(['loopback', 'fd00::/8']);
  });

  it('refuses MINGWORK_TRUST_PROXY=true, which would let any client pick its own address', () => {
    for (const value of ['true', 'yes', '10.0.0.0/33', '10.0.0.1, proxy.internal']) {
      expect(problemsOf({ MINGWORK_TRUST_PROXY: value }).join()).toMatch(
        /MINGWORK_TRUST_PROXY must be the number of proxies/,
      );
    }
  });

  it('refuses NODE_ENV spelt "production" in any other case, instead of running in development', () => {
    for (const value of ['Production', 'PRODUCTION', ' production']) {
      expect(problemsOf({ NODE_ENV: value }).join()).toMatch(
        /NODE_ENV must be exactly "production"/,
      );
    }
    // Other values are development, as before.
    expect(loadConfig({ NODE_ENV: 'staging' }, { dataDir: freshDir(), ...quiet }).production).toBe(
      false,
    );
  });

  it('refuses audience and issuer lists that are set but name nothing, in any mode', () => {
    const production = {
      NODE_ENV: 'production',
      MINGWORK_DATA_KEYS: `k1:${key(1)}`,
      MINGWORK_INDEX_KEY: key(2),
    };
    for (const env of [
      { ...production, MINGWORK_OIDC_AUDIENCES: ' , ' },
      { ...production, MINGWORK_OIDC_AUDIENCES: 'client-a', MINGWORK_OIDC_ISSUERS: ',' },
      { MINGWORK_OIDC_AUDIENCES: ' ,, ' },
      { MINGWORK_OIDC_ISSUERS: ' , ' },
    ]) {
      expect(problemsOf(env).join()).toMatch(
        /MINGWORK_OIDC_(AUDIENCES|ISSUERS) is set but lists nothing/,
      );
    }
  });

  it('warns about plain HTTP when the backend listens beyond loopback', () => {
    for (const host of ['127.0.0.1', '127.0.0.53', 'localhost', '::1', '[::1]']) {
      expect(plainHttpWarning({ host })).toBeUndefined();
    }
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'api.internal']) {
      expect(plainHttpWarning({ host })).toMatch(/not a loopback address.*TLS/);
    }
  });

  it('rejects a MySQL URL without a database name', () => {
    expect(problemsOf({ MINGWORK_DB_URL: 'mysql://root@127.0.0.1:3306' }).join()).toMatch(
      /database name/,
    );
  });
});
