/**
 * 去重 on a ledger with many suspected duplicates: the review queue shows its first groups
 * and says how many there are, more on request, instead of drawing every group at once (ten
 * thousand on a 100,000-record ledger: minutes before the page appeared, and again after each
 * merge). A merge from the shown part still works and Ctrl+Z takes it back exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect } from '@playwright/test';
import { openLedger } from '../../src/main/db/ledger';
import { writeImport } from '../../src/main/db/write/import-rows';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { SHOWN_STEP } from '../../src/renderer/src/features/dedupe/shown-step';
import { startBrowserMode } from './support/browser-mode';

base(
  'a long review queue shows a part, more on request; a merge from it is undone',
  async ({ page }) => {
    base.setTimeout(300_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-dd-'));
    const dbFile = path.join(dir, 'ledger.sqlite');
    const ledger = await openLedger(dbFile);
    const g = generateLedger({ seed: 59, size: 2_000 }, await loadRegionPool());
    for (const b of toImportBatches(g.records, { seed: 59, perNotice: 100 }))
      writeImport(ledger.db, b.notice, b.records);
    ledger.close();
    const server = await startBrowserMode(dbFile);
    try {
      await page.goto(`${server.url}#/dedupe`);
      const tab = page.getByRole('tab', { name: /待审核/ });
      await expect(page.getByText('正在查找疑似重复…')).toHaveCount(0, { timeout: 120_000 });
      const total = Number(/（(\d+)）/.exec((await tab.textContent()) ?? '')![1]);
      // The ledger is made to have more groups than one part holds.
      expect(total).toBeGreaterThan(SHOWN_STEP + 1);
      const groups = page.getByTestId('dedupe-group');
      await expect(groups).toHaveCount(SHOWN_STEP);
      await expect(page.locator('.dd-more')).toContainText(
        `已显示前 ${SHOWN_STEP} 组，共 ${total} 组`,
      );
      await page.getByRole('button', { name: /再显示 \d+ 组/ }).click();
      await expect(groups).toHaveCount(Math.min(total, 2 * SHOWN_STEP));
      // 全选 ticks the groups on screen, never the ones not yet shown.
      await page.getByLabel('全选').check();
      await expect(page.getByRole('button', { name: /合并选中的/ })).toHaveText(
        `合并选中的 ${Math.min(total, 2 * SHOWN_STEP)} 组`,
      );
      await page.getByLabel('全选').uncheck();

      const before = stateOf(dbFile);
      await groups
        .first()
        .getByRole('button', { name: /合并此组/ })
        .click();
      await expect(page.getByTestId('status-line')).toContainText('已合并 1 组');
      await expect(tab).toHaveText(`待审核（${total - 1}）`);
      await page.keyboard.press('Control+z');
      // A merge taken back is asked about first (the records part again).
      await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
      await expect(page.getByTestId('status-line')).toContainText('已撤销');
      await expect(tab).toHaveText(`待审核（${total}）`);
      expect(stateOf(dbFile)).toBe(before);
    } finally {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

/** The ledger's data as the server left it, read by a second, read-only connection (WAL). */
function stateOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return ledgerFingerprint(db, { log: false });
  } finally {
    db.close();
  }
}
