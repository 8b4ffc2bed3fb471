// Lint enforces the layers as well as the usual checks:
// - src/main/core and src/main/db never import electron (they run in the CLI, browser mode and tests);
// - only src/main/electron and src/preload may import electron at all;
// - src/renderer and src/shared import no Node modules (the renderer is a sandboxed web page).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronBan = {
  paths: [{ name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only src/main/electron and src/preload may import electron.' }],
};

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
);
