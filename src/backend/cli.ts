/**
 * Operator commands: `serve`, `migrate`, `rotate-keys`. In production, built to plain
 * JavaScript by `npm run build`: `node dist/backend/cli.js <command>`; in development,
 * from the sources: `npm run backend -- <command>`. Configuration comes from the environment
 * (see config.ts); a bad value stops the command with every problem listed.
 */
import { ConfigError, loadConfig, type BackendConfig } from './config';
import { createFieldCipher } from './crypto/field-cipher';
import { startServer } from './server';
import { openStore } from './store/database';
import { migrateToLatest } from './store/migrations';
import { rotateKeys } from './store/rotate-keys';

// Stack traces of the built file point into the TypeScript sources (dist/backend/cli.js.map).
process.setSourceMapsEnabled(true);

const USAGE = `Usage: node dist/backend/cli.js <command>   (from the sources: npm run backend -- <command>)

Commands:
  serve        start the HTTP API (applies pending migrations once the database answers)
  migrate      apply pending database migrations and exit
  rotate-keys  re-encrypt stored fields under the first key of MINGWORK_DATA_KEYS`;

async function migrate(config: BackendConfig): Promise<void> {
  const store = openStore(config.dbUrl);
  try {
    const applied = await migrateToLatest(store.db);
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
  } finally {
    await store.close();
  }
}

async function rotate(config: BackendConfig): Promise<void> {
  const store = openStore(config.dbUrl);
  try {
    await migrateToLatest(store.db);
    const cipher = createFieldCipher(config.dataKeys);
    const { rotated } = await rotateKeys(store.db, cipher, (done, total) => {
      process.stdout.write(`\rRe-encrypting: ${done}/${total}`);
    });
    console.log(`\nRe-encrypted ${rotated} field(s) under key "${config.dataKeys[0]?.kid}".`);
  } finally {
    await store.close();
  }
}

const COMMANDS: Record<string, (config: BackendConfig) => Promise<unknown>> = {
  serve: startServer,
  migrate,
  'rotate-keys': rotate,
};

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command) {
    console.error(USAGE);
    return argv[0] === undefined || argv[0] === 'help' ? 0 : 2;
  }
  try {
    await command(loadConfig());
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  // `serve` keeps running; the other commands end here.
  if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
});
