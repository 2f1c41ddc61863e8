/**
 * Builds dist/Code.js, which the add-on and workbench tests run, the workbench page's
 * script, which the browser tests load, and the backend's dist/backend/cli.js, which the
 * service tests start, once per jest run from the global setup. Test files that each built it in parallel workers would race webpack's
 * `clean` of dist/. `npm test` builds just before jest, so there the bundle is newer than its
 * sources and nothing is built twice; a bare `npx jest` after an edit gets a fresh bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BUNDLE, REPO_ROOT } from '../../../src/workbench/sandbox';

interface Build {
  output: string;
  /** What the build reads; a change to any of them makes the output stale. */
  sources: string[];
  script: string;
}

const BUILDS: Build[] = [
  {
    // webpack.config.js reads the add-on, the constants it shares, the manifest it copies.
    output: DEFAULT_BUNDLE,
    sources: ['src/addon', 'src/shared', 'appsscript.json', 'webpack.config.js'],
    script: 'build:addon',
  },
  {
    // esbuild bundles the page with the workbench types and pure helpers it imports.
    output: path.join(REPO_ROOT, 'dist', 'workbench', 'app.js'),
    sources: ['src/workbench/web', 'src/workbench/page-contract.ts', 'src/workbench/gas'],
    script: 'build:page',
  },
  {
    // The backend as production runs it, for the tests that start it with plain node.
    output: path.join(REPO_ROOT, 'dist', 'backend', 'cli.js'),
    sources: ['src/backend', 'src/shared'],
    script: 'build:backend',
  },
];

function lastChangeIn(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(file).map((entry) => lastChangeIn(path.join(file, entry))),
  );
}

function isStale({ output, sources }: Build): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => lastChangeIn(path.join(REPO_ROOT, source)) > built);
}

export function buildBundleIfStale(): void {
  for (const build of BUILDS.filter(isStale)) {
    const run = spawnSync('npm', ['run', build.script], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(`npm run ${build.script} failed:\n${run.stdout}${run.stderr}`);
    }
    // webpack does not rewrite an output whose content is unchanged, so after an edit that
    // changes nothing in the bundle it would look stale, and be rebuilt, on every run.
    const now = new Date();
    utimesSync(build.output, now, now);
  }
}
