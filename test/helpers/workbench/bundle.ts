/**
 * Builds dist/Code.js, which the add-on and workbench tests run, once per jest run from the
 * global setup. Test files that each built it in parallel workers would race webpack's
 * `clean` of dist/. `npm test` builds just before jest, so there the bundle is newer than its
 * sources and nothing is built twice; a bare `npx jest` after an edit gets a fresh bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BUNDLE, REPO_ROOT } from '../../../src/workbench/sandbox';

/** What webpack.config.js reads: the add-on, the constants it shares, the manifest it copies. */
const BUNDLE_SOURCES = ['src/addon', 'src/shared', 'appsscript.json', 'webpack.config.js'];

function lastChangeIn(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(file).map((entry) => lastChangeIn(path.join(file, entry))),
  );
}

function bundleIsStale(): boolean {
  if (!existsSync(DEFAULT_BUNDLE)) return true;
  const built = statSync(DEFAULT_BUNDLE).mtimeMs;
  return BUNDLE_SOURCES.some((source) => lastChangeIn(path.join(REPO_ROOT, source)) > built);
}

export function buildBundleIfStale(): void {
  if (!bundleIsStale()) return;
  const build = spawnSync('npm', ['run', 'build:addon'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`npm run build:addon failed:\n${build.stdout}${build.stderr}`);
  }
  // webpack does not rewrite an output whose content is unchanged, so after an edit that
  // changes nothing in the bundle it would look stale, and be rebuilt, on every run.
  const now = new Date();
  utimesSync(DEFAULT_BUNDLE, now, now);
}
