import { readFileSync } from 'node:fs';
import path from 'node:path';

// The Apps Script add-on loads these at runtime, where there is no module to import from.
describe.each(['limits.ts', 'errors.ts', 'settings.ts', 'guest-digest.ts'])(
  'src/shared/%s',
  (file) => {
    it('imports nothing', () => {
      const source = readFileSync(path.join(__dirname, '../../src/shared', file), 'utf8');
      expect(source).not.toMatch(/^\s*import\b|\brequire\(/m);
    });
  },
);
