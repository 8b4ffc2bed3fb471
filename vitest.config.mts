import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Native better-sqlite3 and big fixtures: forks isolate crashes and memory per file.
    pool: 'forks',
    setupFiles: ['tests/support/fast-check-setup.ts'],
  },
});
