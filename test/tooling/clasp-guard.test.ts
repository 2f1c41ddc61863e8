import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const GUARD = path.resolve(__dirname, '../../scripts/clasp-guard.mjs');

/** Runs the guard in a scratch copy of the repository layout with the given .clasp.json. */
function runGuard(clasp: object) {
  const root = tempDir('clasp');
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync(GUARD, path.join(root, 'scripts', 'clasp-guard.mjs'));
  writeFileSync(path.join(root, '.clasp.json'), JSON.stringify(clasp));
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'clasp-guard.mjs')], {
    encoding: 'utf8',
  });
}

describe('npm run push / deploy guard', () => {
  it('stops with the steps to follow while .clasp.json holds the placeholder script ID', () => {
    const result = runGuard({ scriptId: 'SET-YOUR-SCRIPT-ID', rootDir: 'dist' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/clasp login/);
    expect(result.stderr).toMatch(/docs\/DEPLOY\.md/);
  });

  it('lets clasp run once a real script ID is set', () => {
    const result = runGuard({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'dist' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
