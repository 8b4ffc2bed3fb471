// Lint enforces the layers as well as the usual checks (see ARCHITECTURE.md, "Rooms"):
// - only src/main/electron and src/preload may import electron at all;
// - src/main/core is pure: no db, app, api or the SQLite driver (text, gazetteer, extraction,
//   scoring, scheduling as functions of values);
// - src/main/db is storage only: no core, app or api (types from src/shared are fine);
// - src/main/app (use cases) may use core and db, never the doors (api, cli, server, electron);
// - src/renderer and src/shared import no Node modules (the renderer is a sandboxed web page),
//   and src/shared nothing from src/main.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronOnly = 'Only src/main/electron and src/preload may import electron.';
const electronBan = {
  paths: [{ name: 'electron', message: electronOnly }],
  patterns: [{ group: ['electron/*'], message: electronOnly }],
};
/** The electron ban plus imports of the named rooms of src/main (relative paths, any depth). */
const roomBan = (rooms, message, extraPaths = []) => ({
  paths: [...electronBan.paths, ...extraPaths],
  patterns: [
    ...electronBan.patterns,
    { group: rooms.flatMap((r) => [`**/${r}`, `**/${r}/**`, `./${r}/**`]), message },
  ],
});
const doors = ['api', 'cli', 'server', 'electron', 'backend'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese text legitimately contains the ideographic space (U+3000) in strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', electronBan] },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        roomBan(['db', 'app', ...doors], 'core is pure: it takes values and returns values (no ledger, no use cases).', [
          { name: 'better-sqlite3', message: 'core never touches the ledger: src/main/db does.' },
        ]),
      ],
    },
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        roomBan(['core', 'app', ...doors], 'db is storage only: domain rules live in core, use cases in app (shared types are fine).'),
      ],
    },
  },
  {
    files: ['src/main/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        roomBan(doors, 'app holds the use cases; the doors (api, cli, server, electron) call it, not the other way.'),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeModules.map((name) => ({ name, message: 'No Node modules in the renderer or shared code.' })),
            { name: 'electron', message: 'The renderer reaches the backend through window.api only.' },
            { name: 'better-sqlite3', message: 'The renderer never touches the ledger directly.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeModules.map((name) => ({ name, message: 'No Node modules in shared code.' })),
            { name: 'electron', message: 'shared code runs in the renderer too.' },
            { name: 'better-sqlite3', message: 'shared code never touches the ledger.' },
          ],
          patterns: [{ group: ['**/main/**', '../main', '../../main'], message: 'shared is imported by src/main, never the other way.' }],
        },
      ],
    },
  },
);
