import { rmSync } from 'node:fs';
import { RUN_DIR_VARIABLE } from './temp-dir';

export default function globalTeardown(): void {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
