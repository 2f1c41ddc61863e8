// Stops `npm run push` / `npm run deploy` before clasp runs when .clasp.json still holds the
// placeholder script ID, with the steps to set a real one (docs/DEPLOY.md).
import { readFileSync } from 'node:fs';

const PLACEHOLDER = 'SET-YOUR-SCRIPT-ID';
const { scriptId } = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));

if (!scriptId || scriptId === PLACEHOLDER) {
  console.error(`.clasp.json has no Apps Script project yet (scriptId is "${scriptId ?? ''}").

Set it once:
  1. npx clasp login
  2. npx clasp create-script --type standalone --title "Mingwork" --rootDir dist
     (or copy the ID of an existing script from its Project Settings page)
  3. put that ID in .clasp.json as "scriptId"

See docs/DEPLOY.md for the whole path to a test deployment.`);
  process.exit(1);
}
