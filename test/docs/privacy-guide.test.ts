/**
 * docs/PRIVACY.md maps each promise of the privacy policy to the code and the test that keep
 * it. A map that names a file that is gone, or a test that no longer says what it is quoted
 * as saying, misleads: this checks both, and that no section of the policy is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const guide = readFileSync(path.join(ROOT, 'docs/PRIVACY.md'), 'utf8');

/** Apostrophes are typographic in test titles and plain in the guide; compare them alike. */
const plain = (text: string) => text.replace(/[’‘]/g, "'");

describe('docs/PRIVACY.md', () => {
  it('names only files that exist', () => {
    const named = [...guide.matchAll(/`((?:src|test|docs)\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('quotes tests by words their titles really contain', () => {
    const quotes = [...guide.matchAll(/`(test\/[^`]+\.test\.ts)` \(([^)]*)\)/g)].flatMap(
      ([, file, said]) =>
        [...said!.matchAll(/"([^"]+)"/g)].flatMap(([, quote]) =>
          quote!.split('…').map((part) => [file!, part.trim()] as const),
        ),
    );
    expect(quotes.length).toBeGreaterThan(15);
    const missing = quotes.filter(
      ([file, part]) =>
        part && !plain(readFileSync(path.join(ROOT, file), 'utf8')).includes(plain(part)),
    );
    expect(missing).toEqual([]);
  });

  it('goes through every section of the policy, 1 to 14', () => {
    const covered = new Set(
      [...guide.matchAll(/^## .*$/gm)].flatMap(([heading]) =>
        [...heading.matchAll(/§(\d+)/g)].map(([, n]) => Number(n)),
      ),
    );
    expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});
