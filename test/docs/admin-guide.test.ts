/**
 * docs/ADMIN.md is what an administrator copies into the Marketplace SDK: its scope list must
 * be the manifest's, exactly, or the domain install asks for something else than the add-on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const guide = readFileSync(path.join(ROOT, 'docs/ADMIN.md'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

/** The lines of the first fenced block under the heading that names the scopes. */
function scopesInGuide(): string[] {
  const section = guide.split(/^## /m).find((part) => part.startsWith('3. The exact scopes'));
  const block = section?.match(/```text\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('docs/ADMIN.md has no ```text block under "3. The exact scopes".');
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

describe('docs/ADMIN.md', () => {
  it('lists exactly the scopes of appsscript.json, each once', () => {
    const listed = scopesInGuide();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
