/** Writes a small hand-made Code.js (and manifest) to a temp dir, for sandbox behaviours the add-on does not exercise. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../temp-dir';

export function scratchBundle(code: string, manifest: object = { timeZone: 'Etc/UTC' }): string {
  const dir = tempDir('bundle');
  writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'Code.js'), code);
  return path.join(dir, 'Code.js');
}

/** Script source for a function that answers with one paragraph of text. */
export function textCard(expression: string): string {
  return `CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(String(${expression})))).build()`;
}
