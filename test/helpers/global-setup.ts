import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUN_DIR_VARIABLE } from './temp-dir';
import { buildBundleIfStale } from './workbench/bundle';

export default function globalSetup(): void {
  // Workers inherit this variable, so every test's temporary folder lands in one place.
  process.env[RUN_DIR_VARIABLE] = mkdtempSync(path.join(tmpdir(), 'mingwork-tests-'));
  buildBundleIfStale();
}
