/** Makes sure dist/Code.js exists; `npm test` builds it first, a bare `npx jest` may not have. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_BUNDLE, REPO_ROOT } from '../../../src/workbench/sandbox';

export function ensureBundle(): void {
  if (!existsSync(DEFAULT_BUNDLE))
    execSync('npm run build:addon', { cwd: REPO_ROOT, stdio: 'ignore' });
}
