/**
 * A 100k-record ledger in the real grid: generated straight into the schema before the
 * server opens it, then scrolled deep, sorted and searched. Rows come page by page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { buildBigLedger } from '../unit/records/big-ledger';
import { screenshotDir, startBrowserMode } from './support/browser-mode';

base('100k records: open, scroll deep, sort, search', async ({ page }) => {
  base.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-100k-'));
  const dbFile = path.join(dir, 'ledger.sqlite');
  await buildBigLedger(dbFile, 100_000);
  const server = await startBrowserMode(dbFile);
  try {
    await page.goto(`${server.url}#/zones`);
    const grid = page.getByTestId('grid-zone');
    await expect(page.locator('.page-subtitle')).toHaveText('共 50000 条', { timeout: 60_000 });
    await expect(grid.locator('.ag-row[row-index="0"] [col-id="title"]')).toContainText('第1号');

    // Scroll deep: the grid asks SQLite for the block it needs, nothing more.
    // On a loaded machine a click can land while the grid draws its rows again and the focus
    // is gone before Ctrl+End: the step is retried as a whole while the first row still shows.
    const t0 = Date.now();
    const firstTitle = grid.locator('.ag-row[row-index="0"] [col-id="title"]');
    const deepTitle = grid.locator('.ag-row[row-index="49999"] [col-id="title"]');
    await expect(async () => {
      if (!(await deepTitle.isVisible()) && (await firstTitle.isVisible())) {
        await firstTitle.click({ timeout: 10_000 });
        await expect(firstTitle).toBeFocused({ timeout: 2_000 });
        await page.keyboard.press('Control+End');
      }
      await expect(deepTitle).toContainText('号', { timeout: 20_000 });
    }).toPass({ timeout: 120_000 });
    const scrollMs = Date.now() - t0;

    // Sort by 序号 (descending) via the header.
    await page.keyboard.press('Control+Home');
    const header = grid.locator('.ag-header-cell[col-id="seq"]');
    await header.click();
    await header.click();
    await expect(grid.locator('.ag-row[row-index="0"] [col-id="seq"]')).toHaveText('495'); // zones are rows with i % 10 < 5, so the largest 序号 is 495

    // Quick search through FTS5.
    const t1 = Date.now();
    await page.getByTestId('grid-search').fill('第12345号');
    await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
    const searchMs = Date.now() - t1;
    console.log(
      `100k grid: deep scroll ${scrollMs} ms, search round trip ${searchMs} ms (incl. 250 ms debounce)`,
    );
    await page.getByTestId('grid-search').fill('提案征集');
    await expect(page.locator('.page-subtitle')).toHaveText(/共 \d{4,} 条/);
    await expect(grid.locator('.ag-row[row-index="0"] [col-id="title"]')).toContainText('提案征集');
    await page.screenshot({ path: path.join(screenshotDir, 'grid-100k.png') });
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
