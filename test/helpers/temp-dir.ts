/**
 * Temporary folders for tests, all inside one folder per jest run that the global teardown
 * removes (jest ends its workers without an exit event, so per-process cleanup never runs).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const RUN_DIR_VARIABLE = 'MINGWORK_TEST_RUN_DIR';

export function tempDir(prefix: string): string {
  const root = process.env[RUN_DIR_VARIABLE] ?? path.join(tmpdir(), 'mingwork-tests');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `${prefix}-`));
}
