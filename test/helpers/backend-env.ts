/** Environment for a backend process under test: its own SQLite file and fresh keys. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tempDir } from './temp-dir';

const key = () => randomBytes(32).toString('base64');

export function isolatedBackendEnv(name: string): Record<string, string> {
  return {
    MINGWORK_DB_URL: `sqlite:${path.join(tempDir(name), 'mingwork.db')}`,
    MINGWORK_DATA_KEYS: `${name}:${key()}`,
    MINGWORK_INDEX_KEY: key(),
  };
}
