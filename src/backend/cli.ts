/**
 * Operator commands: `serve`, `migrate`, `rotate-keys`, `sweep`. In production, built to
 * plain JavaScript by `npm run build`: `node dist/backend/cli.js <command>`; in development,
 * from the sources: `npm run backend -- <command>`. Configuration comes from the environment
 * (see config.ts); a bad value stops the command with every problem listed.
 */
import { ConfigError, loadConfig, type BackendConfig } from './config';
import { createStoreKeys } from './crypto/store-keys';
import { planRetentionSweep, runRetentionSweep, type TenantSweep } from './jobs/retention-sweep';
import { progressBar } from './progress-bar';
import { startServer } from './server';
import type { StoreContext } from './store/context';
import { openStore } from './store/database';
import { migrateToLatest } from './store/migrations';
import { rotateKeys } from './store/rotate-keys';

// Stack traces of the built file point into the TypeScript sources (dist/backend/cli.js.map).
process.setSourceMapsEnabled(true);

const USAGE = `Usage: node dist/backend/cli.js <command>   (from the sources: npm run backend -- <command>)

Commands:
  serve        start the HTTP API (applies pending migrations once the database answers)
  migrate      apply pending database migrations and exit
  rotate-keys  re-encrypt stored fields under the first key of MINGWORK_DATA_KEYS
  sweep        apply each domain's retention: erase users inactive past it and delete
               meetings idle past it (--dry-run lists the counts and deletes nothing)`;

async function migrate(config: BackendConfig): Promise<void> {
  const store = openStore(config.dbUrl);
  try {
    const applied = await migrateToLatest(store.db, createStoreKeys(config));
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
  } finally {
    await store.close();
  }
}

async function rotate(config: BackendConfig): Promise<void> {
  const store = openStore(config.dbUrl);
  try {
    const keys = createStoreKeys(config);
    await migrateToLatest(store.db, keys);
    const { rotated } = await rotateKeys(store.db, keys.cipher, (done, total) => {
      process.stdout.write(`\rRe-encrypting: ${done}/${total}`);
    });
    console.log(`\nRe-encrypted ${rotated} field(s) under key "${config.dataKeys[0]?.kid}".`);
  } finally {
    await store.close();
  }
}

async function sweep(config: BackendConfig, options: string[]): Promise<void> {
  const unknown = options.filter((option) => option !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(`Unknown option ${unknown.join(' ')} for sweep.`);
  const dryRun = options.includes('--dry-run');
  const store = openStore(config.dbUrl);
  try {
    const keys = createStoreKeys(config);
    await migrateToLatest(store.db, keys);
    const ctx: StoreContext = { db: store.db, ...keys, now: () => Date.now() };
    const plan = await planRetentionSweep(ctx);
    console.log(describeSweepPlan(plan));
    if (dryRun) {
      console.log('Dry run: nothing was deleted.');
      return;
    }
    const bar = progressBar(process.stdout, 'Sweeping');
    const result = await runRetentionSweep(ctx, plan, bar.update);
    bar.finish();
    console.log(
      `Erased ${result.erasedUsers} user(s) and deleted ${result.deletedMeetings} meeting(s).`,
    );
  } finally {
    await store.close();
  }
}

/** One line per tenant with a retention; personal tenants by id, never by their owner's account. */
function describeSweepPlan(plan: TenantSweep[]): string {
  if (plan.length === 0) return 'No domain has a retention period: there is nothing to sweep.';
  return plan
    .map((tenant) => {
      const name = tenant.domain ?? `personal tenant ${tenant.tenantId}`;
      return `${name} (retention ${tenant.retentionDays} days): ${tenant.inactiveUsers} inactive user(s), ${tenant.idleMeetings} idle meeting(s) past retention`;
    })
    .join('\n');
}

class UsageError extends Error {}

const COMMANDS: Record<string, (config: BackendConfig, options: string[]) => Promise<unknown>> = {
  serve: startServer,
  migrate,
  'rotate-keys': rotate,
  sweep,
};

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command) {
    console.error(USAGE);
    return argv[0] === undefined || argv[0] === 'help' ? 0 : 2;
  }
  try {
    await command(loadConfig(), argv.slice(1));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
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
