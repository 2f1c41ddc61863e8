import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUN_DIR_VARIABLE } from './temp-dir';

/** Workers inherit this variable, so every test's temporary folder lands in one place. */
export default function globalSetup(): void {
  process.env[RUN_DIR_VARIABLE] = mkdtempSync(path.join(tmpdir(), 'mingwork-tests-'));
}
