/**
 * 去重 screen on the seed notices: with auto-merge on, the three cases 004 repeats are
 * joined at import — two by identity (same programme, unit and title), as mentions, the
 * third by a merge — and that merge is taken apart with 撤销合并; with it off, the same
 * groups wait in the review queue, side by side, with per-field choices labelled by
 * source file, 排除, 不是重复 and a bulk merge. Related pairs are listed as links.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';

const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });

async function importSeeds(page: Page) {
  const files = readdirSync(seeds)
    .filter((f) => !f.startsWith('.'))
    .map((f) => path.join(seeds, f));
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
}

test('seeds merged at import; 撤销合并 takes one apart; related links listed', async ({
  page,
  browserMode,
}) => {
  test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');
  await page.goto(browserMode.url);
  await importSeeds(page);
  await page.click('[data-nav="dedupe"]');
  await page.getByRole('tab', { name: /已合并/ }).click();
  const merged = page.getByTestId('dedupe-merged');
  // The other two of 004's repeats joined their records by identity: no merge to list.
  await expect(merged.locator('tbody tr')).toHaveCount(1);
  await expect(merged).toContainText('以“民生大莞家”推进乡镇政府服务能力提档升级');
  await expect(merged).toContainText('导入时自动');
  // The record merged in is named by its place and title, as the ledger holds them, not by
  // an internal number.
  const gone = (await ledgerCall(page, 'duplicates/review', {})).merged[0]!.merged[0]!;
  await expect(merged.locator('tbody td').nth(2)).toContainText(gone.regionText ?? '');
  await expect(merged).not.toContainText(/记录 \d+/);
  await shot(page, 'dedupe-merged.png');

  await merged.getByRole('button', { name: '撤销合并' }).first().click();
  await expect(page.getByTestId('status-line')).toContainText('已撤销合并');
  await expect(page.getByRole('tab', { name: /已合并（0）/ })).toBeVisible();
  await page.getByRole('tab', { name: /待审核/ }).click();
  await expect(page.getByTestId('dedupe-group')).toHaveCount(1); // the pair taken apart is proposed again

  await page.getByRole('tab', { name: /相关记录/ }).click();
  const related = page.getByTestId('dedupe-related');
  await expect(related).toContainText('同地不同项目');
  await expect(related).toContainText('金牛区');
  await expect(related).toContainText('禅城区');
  await shot(page, 'dedupe-related.png');
});

test('review queue: choose values, exclude, 不是重复, merge many at once', async ({
  page,
  browserMode,
}) => {
  test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');
  await page.goto(browserMode.url);
  await page.click('[data-nav="dedupe"]');
  await page.locator('.dd-settings-wrap summary').click();
  await page.getByLabel(/导入时自动合并/).uncheck();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('status-line')).toContainText('已保存去重设置');

  await importSeeds(page);
  await page.click('[data-nav="dedupe"]');
  const groups = page.getByTestId('dedupe-group');
  await expect(groups).toHaveCount(3);
  const dongguan = groups.filter({ hasText: '以“民生大莞家”' });
  // the complete title is chosen by default, each value labelled with its notice file
  await expect(dongguan.locator('td.dd-chosen').first()).toContainText('以“民生大莞家”');
  await expect(dongguan).toContainText('来自 004_');
  await expect(dongguan).toContainText('来自 000_');
  await shot(page, 'dedupe-queue.png');

  // 不是重复 on one group: gone, and stays gone
  const yuhu = groups.filter({ hasText: '强基础' });
  await yuhu.getByRole('button', { name: '不是重复' }).click();
  await expect(page.getByTestId('status-line')).toContainText('不是重复');
  await expect(groups).toHaveCount(2);

  // excluding a member leaves too few to merge
  const wangzhuang = groups.filter({ hasText: '益动旺庄' });
  await wangzhuang.getByLabel('排除').first().check();
  await expect(wangzhuang.getByRole('button', { name: /合并此组/ })).toBeDisabled();
  await wangzhuang.getByLabel('排除').first().uncheck();

  await page.getByLabel('全选').check();
  await page.getByRole('button', { name: /合并选中的 2 组/ }).click();
  await expect(page.getByTestId('status-line')).toContainText('已合并 2 组');
  await expect(groups).toHaveCount(0);
  await page.getByRole('tab', { name: /已合并/ }).click();
  await expect(page.getByTestId('dedupe-merged').locator('tbody tr')).toHaveCount(2);
  await shot(page, 'dedupe-after-bulk.png');
});
