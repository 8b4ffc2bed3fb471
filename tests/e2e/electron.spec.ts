/**
 * The desktop shell itself. The Electron binary is fetched lazily on first start and
 * cannot be had on offline build machines, so this runs only where it exists.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

function electronBinary(): string | null {
  // Do not require('electron'): on a machine without the binary that starts a download.
  const dir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const binary = electronBinary();
if (!binary) {
  // Say why in the run's output too, not only in the report.
  console.log(
    '[electron spec] skipped: no Electron binary in node_modules/electron/dist (offline machine).',
  );
}
const nativeForElectron = existsSync(
  path.join(
    repoRoot,
    '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  ),
);

test.describe('desktop (Electron)', () => {
  test.skip(
    !binary,
    'No Electron binary here (node_modules/electron/dist is absent: it downloads on first `npm start` on a connected machine).',
  );
  test.skip(
    !nativeForElectron,
    'better-sqlite3 has not been rebuilt for Electron yet (run `npm start` once).',
  );

  test('opens the shell in a sandboxed, isolated window', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.join(repoRoot, 'out/main/index.js')],
      env: { ...process.env, TAIZHANG_DB: path.join(dir, 'ledger.sqlite') },
    });
    const win = await app.firstWindow();
    await expect(win.locator('h1')).toHaveText('首页');
    expect(
      await win.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    expect(
      await win.evaluate(() => Object.isFrozen((globalThis as unknown as { api: object }).api)),
    ).toBe(true);
    await app.close();
  });
});
