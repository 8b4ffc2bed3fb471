/**
 * End-to-end tests drive the real renderer and backend through browser mode in
 * Debian's Chromium (never a downloaded browser). The Electron spec skips where no
 * Electron binary exists.
 */
import { defineConfig } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  // Generous waits: CI may share a machine whose cores are busy. A wait is a bound on
  // a step that should happen, never a measure of speed (that is npm run bench).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  // One retry, reported as flaky in the list, so a flake is seen without turning the run red
  // on a busy machine; a failure on both tries is a failure. Races found this way get a
  // test that forces them (curation-review slows the processor for the region popup's).
  retries: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
