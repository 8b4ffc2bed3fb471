/**
 * What tripped a clerk after the sixty-seventh round: a chosen file the browser could not read
 * (moved, deleted, held by another program) left 正在分析 on the page and its buttons held;
 * 合并所选 on two zones offered two blank titles to choose between, and 已合并 then read
 * 「江汉区｜｜…」 with the one notice named twice as the source; the export page said
 * 将导出 0 条记录 beside a grey button for the seconds its first count took.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { NOTICE } from './support/seed-notice';

test('a file that cannot be read fails alone, in Chinese; the batch ends and the page stays usable', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk68-'));
  const good = path.join(dir, '第三批实验区.txt');
  const gone = path.join(dir, '已移走.txt');
  writeFileSync(good, NOTICE);
  writeFileSync(gone, NOTICE.replace('2021年6月30日', '2021年7月1日'));
  // The browser refuses to read one file, as it does for a file moved after it was chosen.
  await page.addInitScript(() => {
    const read = File.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function (this: File) {
      if (this.name === '已移走.txt')
        return Promise.reject(new DOMException('could not be read', 'NotReadableError'));
      return read.call(this);
    };
  });
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', [gone, good]);
  const cards = page.getByTestId('file-preview');
  const failed = cards.filter({ hasText: '已移走.txt' });
  await expect(failed.locator('.badge').first()).toHaveText('无法导入');
  await expect(failed.locator('.error-note')).toContainText('无法读取这个文件');
  await expect(failed.locator('.error-note')).not.toContainText('NotReadableError');
  // the other file is analysed, the progress has ended, and the page takes the next step
  await expect(cards.filter({ hasText: '第三批实验区.txt' }).locator('.badge').first()).toHaveText(
    '待确认',
  );
  await expect(page.locator('main .progress')).toHaveCount(0);
  await expect(page.getByTestId('failed-files')).toContainText('已移走.txt');
  await expect(page.getByRole('button', { name: /确认导入/ })).toBeEnabled();
  await expect(page.locator('.drop-zone')).not.toHaveClass(/disabled/);
  await page.screenshot({ path: path.join(screenshotDir, 'walk68-unreadable-file.png') });
});

test('two untitled zones merged: no blank choice, and 已合并 names the place, the programme, the notice once', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles(
    '[data-testid="import-file-input"]',
    path.join(repoRoot, 'tests/fixtures/extract/f02-sentence-inherited.txt'),
  );
  const card = page.getByTestId('file-preview').first();
  await expect(card.locator('.badge').first()).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(card.locator('.badge').first()).toHaveText('已导入');

  await page.click('[data-nav="zones"]');
  const grid = page.getByTestId('grid-zone');
  for (const i of [0, 1])
    await grid.locator(`.ag-row[row-index="${i}"] input[type=checkbox]`).first().check();
  await page.getByRole('button', { name: '合并所选' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('地区');
  await expect(dialog).not.toContainText('名称／主题');
  await dialog.getByRole('button', { name: /合并此组/ }).click();
  await expect(page.getByTestId('status-line')).toContainText('已合并 2 条记录');

  await page.click('[data-nav="dedupe"]');
  await page.getByRole('tab', { name: /已合并/ }).click();
  const merged = page.getByTestId('dedupe-merged');
  await expect(merged).toContainText('湖北省武汉市江汉区｜省级社区治理和服务创新实验区');
  await expect(merged).not.toContainText('｜｜');
  await expect(merged.locator('.dd-mentions')).toHaveText('出处：f02-sentence-inherited.txt');
  await page.screenshot({ path: path.join(screenshotDir, 'walk68-merged-zones.png') });
});

test('the export page says it is counting, never 将导出 0 条, until the count is in', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles(
    '[data-testid="import-file-input"]',
    path.join(repoRoot, 'tests/fixtures/extract/f02-sentence-inherited.txt'),
  );
  const card = page.getByTestId('file-preview').first();
  await expect(card.locator('.badge').first()).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(card.locator('.badge').first()).toHaveText('已导入');

  // Every count held, as on a busy machine, until the page has been looked at.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/export/preview', async (route) => {
    await held;
    await route.continue();
  });
  await page.click('[data-nav="export"]');
  const count = page.getByTestId('export-count');
  await expect(count).toHaveText('正在统计要导出的记录…');
  await expect(count).not.toContainText('将导出 0 条');
  release();
  await expect(count).toContainText('将导出 6 条');
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeEnabled();
});
