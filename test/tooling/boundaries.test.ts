/**
 * The house's import and service rules hold by themselves: each fixture below is a file a
 * newcomer could write, linted as if it sat at that path, and each violation fails `npm run
 * lint` with a message that says what to do instead. Allowed imports lint clean, so the
 * rules cannot pass by rejecting everything.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const LINT_TEXT = path.join(__dirname, '..', 'helpers', 'lint-text.mjs');
/** The rules under test; other rules (unused imports in a one-line fixture) are not the point. */
const HOUSE_RULES = /^(house\/boundaries|no-restricted-globals|no-restricted-imports): /;

type Fixture = [file: string, code: string];

const refused: [...Fixture, expected: string][] = [
  ['src/addon/calendar/flow.ts', "import { buildApp } from '../../backend/app';", 'backend wing'],
  [
    'src/addon/calendar/flow.ts',
    "import { createSandbox } from '../../workbench/sandbox';",
    'workbench wing',
  ],
  [
    'src/addon/calendar/flow.ts',
    "import { MeetingView } from '../../shared/contract';",
    'types only',
  ],
  ['src/addon/calendar/flow.ts', "export * from '../../shared/contract';", 'types only'],
  [
    'src/backend/routes/x.ts',
    "import { onHomepage } from '../../addon/common/homepage';",
    'addon wing',
  ],
  [
    'src/backend/routes/x.ts',
    "const sandbox = require('../../workbench/sandbox');",
    'workbench wing',
  ],
  ['src/workbench/page.ts', "import { guestDigests } from '../addon/google/guests';", 'addon wing'],
  ['src/workbench/page.ts', "const app = await import('../backend/app');", 'backend wing'],
  ['src/shared/x.ts', "import { loadConfig } from '../backend/config';", 'backend wing'],
  [
    'src/addon/ui/agenda.ts',
    "import { readEvent } from '../google/calendar';",
    'card builders take plain data',
  ],
  [
    'src/addon/calendar/event-card.ts',
    "import { callBackend } from '../backend/client';",
    'card builders take plain data',
  ],
  [
    'src/addon/common/account.ts',
    'Session.getActiveUser().getEmail();',
    'Only src/addon/google/ and src/addon/backend/ call Session',
  ],
  ['src/addon/ui/header.ts', 'Session.getActiveUser().getEmail();', 'call Session'],
  ['src/addon/drive/share.ts', "UrlFetchApp.fetch('https://example.com');", 'call UrlFetchApp'],
  ['src/addon/calendar/flow.ts', "CacheService.getUserCache().get('k');", 'call CacheService'],
  ['src/addon/google/calendar.ts', 'setTimeout(() => 0, 1);', 'setTimeout'],
  ['src/workbench/web/app.ts', "import { createSandbox } from '../sandbox';", 'types only'],
];

const allowed: Fixture[] = [
  ['src/addon/calendar/flow.ts', "import type { MeetingView } from '../../shared/contract';"],
  ['src/addon/calendar/flow.ts', "import { type MeetingView } from '../../shared/contract';"],
  ['src/addon/calendar/flow.ts', "import { MAX_NOTE_BODY_LENGTH } from '../../shared/limits';"],
  ['src/addon/calendar/flow.ts', "import { callBackend } from '../backend/client';"],
  ['src/addon/calendar/event-card.ts', "import type { EventDetails } from '../google/calendar';"],
  ['src/addon/google/session.ts', 'Session.getActiveUser().getEmail();'],
  ['src/addon/backend/token.ts', 'ScriptApp.getIdentityToken();'],
  ['src/addon/ui/format.ts', "Utilities.formatDate(new Date(), 'UTC', 'HH:mm');"],
  ['src/backend/routes/x.ts', "import { ErrorBody } from '../../shared/contract';"],
  ['src/workbench/page.ts', "import { BACKEND_URL_PROPERTY } from '../shared/settings';"],
  ['src/workbench/web/app.ts', "import type { WorldView } from '../page-contract';"],
  ['src/workbench/web/app.ts', "import { h } from './dom';"],
];

let problems: string[][] = [];

beforeAll(() => {
  const fixtures = [...refused, ...allowed].map(([file, code]) => ({
    file,
    code: `${code}\nexport {};\n`,
  }));
  const output = execFileSync(process.execPath, [LINT_TEXT], {
    input: JSON.stringify(fixtures),
    encoding: 'utf8',
  });
  problems = (JSON.parse(output) as string[][]).map((messages) =>
    messages.filter((message) => HOUSE_RULES.test(message)),
  );
}, 60_000);

describe.each(refused.map((fixture, index) => [...fixture, index] as const))(
  '%s: %s',
  (_file, _code, expected, index) => {
    it(`fails lint (${expected})`, () => {
      expect(problems[index]).toEqual([expect.stringContaining(expected)]);
    });
  },
);

describe.each(allowed.map((fixture, index) => [...fixture, refused.length + index] as const))(
  '%s: %s',
  (_file, _code, index) => {
    it('lints clean', () => {
      expect(problems[index]).toEqual([]);
    });
  },
);
