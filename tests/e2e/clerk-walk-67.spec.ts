/**
 * What tripped a clerk after the sixty-sixth round's walk: the import page's header and the
 * foot saying two different states of one batch, the preview's length limits counting UTF-16
 * code units (a title of Extension-B characters stopped at half its limit), and a history
 * line quoting a long title whole.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { holdCall } from './support/held-call';
import { ledgerCall } from './support/ledger-call';
import { NOTICE, previewNotice } from './support/seed-notice';

const EXT_B = '𠀀𠀁𠀂𠀃𠀄'; // five characters, ten UTF-16 code units
const foot = (page: Page) => page.getByTestId('progress-line');

test('a batch’s progress: the foot says what the page’s header says, not the call’s 分析完成', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk67-'));
  const files = ['第一份.txt', '第二份.txt', '第三份.txt'].map((name, i) => {
    const file = path.join(dir, name);
    writeFileSync(file, NOTICE.replace('2021年6月30日', `2021年7月${i + 1}日`));
    return file;
  });
  // The second file's analysis is held: between two calls the backend has said 分析完成.
  const release = await holdCall(page, 'import/files', 2);
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  const header = page.locator('main .progress');
  await expect(header).toContainText('正在分析 2/3：第二份.txt');
  await expect(foot(page)).toContainText('正在分析 2/3：第二份.txt');
  await page.waitForTimeout(600); // past the moment a finished call's words would show
  await expect(foot(page)).not.toContainText('完成');
  await page.screenshot({ path: path.join(screenshotDir, 'walk67-batch-progress.png') });
  release();
  await expect(page.locator('.badge-preview')).toHaveCount(3);
  await expect(header).toHaveCount(0);
  // the batch's end, said once it has ended (and gone a moment after)
  await expect(foot(page)).toBeHidden();
});

test('the preview counts characters: an Extension-B title within the limit goes in whole', async ({
  page,
  browserMode,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const preview = await previewNotice(page, browserMode.url);
  await preview.getByRole('button', { name: /补录一行/ }).click();
  const row = preview.getByTestId('added-row');
  const title = row.getByLabel('名称／主题');
  const commit = page.getByRole('button', { name: /确认导入/ });
  // 2,001 characters: said under the field with the count, and the commit waits
  await title.fill('社'.repeat(2001));
  await expect(row.locator('.field-problem')).toContainText('标题有 2001 字，超过上限 2000 字');
  await expect(commit).toBeDisabled();
  // 1,500 Extension-B characters (3,000 code units): within the limit
  const long = EXT_B.repeat(300);
  await title.fill(long);
  await expect(row.locator('.field-problem')).toHaveCount(0);
  await expect(commit).toBeEnabled();
  await commit.click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  const rows = await ledgerCall(page, 'records/page', { kind: 'zone', limit: 50 });
  expect(rows.rows.map((r) => r.title)).toContain(long);
});

test('a history line cuts a long title with …, the whole of it on hover, the list never wider than the window', async ({
  page,
  browserMode,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // A notice whose heading runs long: its import's line quotes it.
  const long =
    '河北省民政厅关于确认第三批省级社区治理创新实验区和第二批省级农村社区治理实验区验收结果以及做好下一阶段实验工作有关事项的通知';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk67-'));
  const file = path.join(dir, '长标题.txt');
  writeFileSync(file, NOTICE.replace(/^.*\n/, `${long}\n`));
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByTestId('file-preview').locator('.badge').first()).toHaveText('已导入');
  const [n] = await ledgerCall(page, 'notices/overview', {});
  expect(n!.title).toBe(long);
  await page.click('[data-nav="history"]');
  const list = page.getByTestId('history-list');
  const line = list.locator('tbody tr').first().locator('td.op-what a, td.op-what span').first();
  await expect(line).toContainText('…》');
  await expect(line).not.toContainText(long);
  const hover = await line.getAttribute('title');
  expect(hover).toContain(long);
  // one line, not a wall: the row stays short and the page does not scroll sideways
  const box = await list.locator('tbody tr').first().boundingBox();
  expect(box!.height).toBeLessThan(80);
  const wide = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
  expect(wide).toBe(false);
  await page.screenshot({ path: path.join(screenshotDir, 'walk67-history-long-title.png') });
  // the detail (the notice's page) has it whole
  await line.click();
  await expect(page.locator('.page-header h1')).toHaveText(long);
});
