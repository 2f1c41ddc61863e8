import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import house from './scripts/eslint/boundaries.mjs';

// What Apps Script lacks: the add-on must not reach for Node or browser APIs.
const NOT_IN_APPS_SCRIPT = [
  'process',
  'Buffer',
  'setTimeout',
  'setInterval',
  'fetch',
  'require',
  'window',
  'document',
];
// Apps Script services that read or write the world: only google/ (readers) and backend/ (the
// one UrlFetch client) touch them, so cards and flows stay testable without fakes.
const APPS_SCRIPT_SERVICES = [
  'CalendarApp',
  'Calendar',
  'DriveApp',
  'Drive',
  'Session',
  'ScriptApp',
  'UrlFetchApp',
  'CacheService',
  'PropertiesService',
  'LockService',
  'GmailApp',
].map((name) => ({
  name,
  message: `Only src/addon/google/ and src/addon/backend/ call ${name}; take the data as a parameter.`,
}));

/** The shared modules the add-on may load at runtime: plain constants and functions, no imports. */
const ADDON_RUNTIME_SHARED = [
  'src/shared/errors.ts',
  'src/shared/limits.ts',
  'src/shared/settings.ts',
  'src/shared/guest-digest.ts',
];

const wing = (name) => ({
  target: `src/${name}`,
  message: `the ${name} wing is off limits here (DESIGN §2: addon → shared, backend → shared, workbench → shared and dist/).`,
});

/** What no add-on file may import: the other wings, and the contract's runtime (TypeBox). */
const ADDON_FORBIDS = [
  wing('backend'),
  wing('workbench'),
  {
    target: 'src/shared',
    allowTypeOnly: true,
    except: ADDON_RUNTIME_SHARED,
    message:
      'import the contract as types only (`import type`): TypeBox must not reach the bundle. Plain constant modules are listed in eslint.config.mjs.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.mingwork/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { house },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The add-on runs in Apps Script: its bundle holds only src/addon and the shared modules
    // it loads at runtime; the contract (TypeBox) comes in as types only.
    files: ['src/addon/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT, ...APPS_SCRIPT_SERVICES],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Apps Script has no Node modules.' }] },
      ],
      'house/boundaries': [
        'error',
        {
          forbid: ADDON_FORBIDS,
        },
      ],
    },
  },
  {
    files: ['src/addon/google/**/*.ts', 'src/addon/backend/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT] },
  },
  {
    // Card builders take plain data and return cards: they never read Google or call the backend.
    files: ['src/addon/ui/**/*.ts', 'src/addon/**/*card*.ts'],
    rules: {
      'house/boundaries': [
        'error',
        {
          forbid: [
            ...ADDON_FORBIDS,
            ...['google', 'backend'].map((folder) => ({
              target: `src/addon/${folder}`,
              allowTypeOnly: true,
              message: `card builders take plain data: read through src/addon/${folder}/ in the trigger or callback, then pass the result in.`,
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/backend/**/*.ts'],
    rules: { 'house/boundaries': ['error', { forbid: [wing('addon'), wing('workbench')] }] },
  },
  {
    // The workbench runs the built dist/Code.js as a file, never the add-on's sources.
    files: ['src/workbench/**/*.ts'],
    rules: { 'house/boundaries': ['error', { forbid: [wing('addon'), wing('backend')] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'house/boundaries': [
        'error',
        { forbid: [wing('addon'), wing('backend'), wing('workbench')] },
      ],
    },
  },
  {
    // The page runs in the browser: of the Node-side workbench it may know the types only.
    files: ['src/workbench/web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'house/boundaries': [
        'error',
        {
          forbid: [
            wing('addon'),
            wing('backend'),
            {
              target: 'src/workbench',
              // format-date.ts is plain Intl arithmetic, the same in Node and the browser.
              except: ['src/workbench/web', 'src/workbench/gas/format-date.ts'],
              allowTypeOnly: true,
              message:
                'the page runs in the browser: import Node-side workbench modules as types only.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
