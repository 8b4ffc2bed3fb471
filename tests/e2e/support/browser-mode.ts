/**
 * Starts browser mode (`start-server.ts`) on a fresh ledger and a free port, and gives
 * the test the printed URL. One server per test keeps tests independent.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const screenshotDir = path.join(repoRoot, 'artifacts', 'screenshots');

export interface BrowserMode {
  url: string;
  dbFile: string;
}

export async function startBrowserMode(
  dbFile: string,
): Promise<{ url: string; stop: () => void; proc: ChildProcess }> {
  const proc = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      'src/main/server/start-server.ts',
      '--port',
      '0',
      '--db',
      dbFile,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    // A bound for a server that never starts, not a speed measure: tsx compiling the
    // backend on a busy 2-core machine has taken over 30 s.
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start: ${err}`)),
      150_000,
    );
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${err}`)));
  });
  return { url, proc, stop: () => proc.kill('SIGTERM') };
}

/** A fresh ledger and server for every test: tests never see each other's data. */
export const test = base.extend<{ browserMode: BrowserMode }>({
  browserMode: [
    // Playwright reads fixture dependencies from the destructuring pattern: it must be `{}` here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-'));
      const dbFile = path.join(dir, 'ledger.sqlite');
      const server = await startBrowserMode(dbFile);
      mkdirSync(screenshotDir, { recursive: true });
      await use({ url: server.url, dbFile });
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
});

export { expect } from '@playwright/test';
