import { defineConfig } from 'vitest/config';

// Unit tests share one module registry per worker: loading the gazetteer and the extraction's
// modules again for each of ~1,000 files was nine tenths of their CPU. A unit test that needs a
// fresh module state (a lazily built table, a module-level mock) is named *.isolated.test.ts.
// Integration tests keep a fresh registry each: they open ledgers, workers and servers.
const ISOLATED = ['tests/integration/**/*.test.ts', 'tests/unit/**/*.isolated.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Native better-sqlite3 and big fixtures: forks keep crashes and memory per process.
    pool: 'forks',
    setupFiles: ['tests/support/fast-check-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.isolated.test.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
