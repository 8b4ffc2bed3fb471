/**
 * What tripped a clerk working from the keyboard after the sixty-eighth round: the preview read
 * through with Tab ended at the page foot, 确认导入 at the page's head past every menu link; the
 * search box led to the grid only through every filter tick box; Enter opened the record panel
 * but no key went into it, and Esc closing it left the focus nowhere; a zone's 名称 could not be
 * cleared though the import leaves most zones without one; the rules of a notice that set a day
 * with no year said 须报送；日期按本项目默认规则.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { previewNotice } from './support/seed-notice';

// Runs in the page (the Node-side tsconfig has no DOM types, hence a string).
const focusedCell = (page: Page) =>
  page.evaluate(`(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    const row = cell?.closest('.ag-row')?.getAttribute('row-index');
    return cell ? row + ':' + cell.getAttribute('col-id') : null;
  })()`) as Promise<string | null>;

test('the previews read with Tab end at a button that writes them; Enter commits', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await preview.getByRole('button', { name: /补录一行/ }).focus();
  await page.keyboard.press('Tab');
  const foot = page.getByTestId('commit-at-foot');
  await expect(foot).toBeFocused();
  await expect(foot).toHaveText('以上 1 份通知写入台账');
  await page.screenshot({ path: path.join(screenshotDir, 'walk69-commit-at-foot.png') });
  await page.keyboard.press('Enter');
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  await expect(foot).toHaveCount(0);
});

test('search ↓ goes to the rows; F6 into the record panel and out; Esc brings the focus back', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  await page.click('[data-nav="zones"]');
  const grid = page.getByTestId('grid-zone');
  await expect(grid.locator('.ag-row')).toHaveCount(4);

  await page.getByTestId('grid-search').focus();
  await page.keyboard.press('ArrowDown');
  // a zone is known by its place: its grid leads with 地区（原文）
  expect(await focusedCell(page)).toBe('0:regionText');
  await page.keyboard.press('ArrowRight');
  expect(await focusedCell(page)).toBe('0:title');

  // a zone's 名称 cleared with Delete is saved, as the importer leaves an untitled zone
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-line')).toContainText('已保存：清除：1 条记录的名称／主题');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status-line')).toContainText('已撤销');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel).toBeVisible();
  await page.keyboard.press('F6');
  await expect(panel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.screenshot({ path: path.join(screenshotDir, 'walk69-panel-by-keyboard.png') });
  await page.keyboard.press('F6');
  expect(await focusedCell(page)).toBe('1:title');

  await page.keyboard.press('F6');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(await focusedCell(page)).toBe('1:title');
  await page.keyboard.press('ArrowDown');
  expect(await focusedCell(page)).toBe('2:title');
});

test('a deadline with no year shows its month and day in the rules', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk69-'));
  const file = path.join(dir, '推荐通知.txt');
  writeFileSync(
    file,
    '关于推荐社区治理创新案例的通知\n\n各区民政局：\n为总结推广基层经验，现开展社区治理创新案例推荐工作。请各区于11月15日前将推荐材料报送区划地名处。\n\n某市民政局\n',
  );
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const card = page.getByTestId('file-preview').first();
  await expect(card.locator('.badge').first()).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(card.locator('.badge').first()).toHaveText('已导入');
  await page.click('[data-nav="deadlines"]');
  await page.getByRole('tab', { name: '规则' }).click();
  const row = page.locator('.rule-notice', { hasText: '11月15日前将推荐材料' });
  await expect(row).toContainText('截止期限');
  await expect(row).toContainText('11月15日前（年份未注明）');
  await expect(row).not.toContainText('默认规则');
  await page.screenshot({ path: path.join(screenshotDir, 'walk69-yearless-rule.png') });
});
