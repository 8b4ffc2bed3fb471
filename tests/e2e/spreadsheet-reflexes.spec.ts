/**
 * Reflexes a clerk brings from Excel/WPS, walked as a new user at 1366 px: Enter after typing
 * saves and moves to the cell below (so a column is typed value, Enter, value, Enter); a
 * number column takes what a Chinese input method types (full-width digits, 2019年) and
 * refuses what is not a number with a message, keeping the value instead of clearing it and
 * the focus on the refused cell;
 * the 新增 form and the 操作记录 headers stay on one line.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { importNotice } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const status = (page: Page) => page.getByTestId('status-line');

test('新增 on one line; Enter after typing moves down; number columns read full-width digits; 操作记录 headers on one line', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);

  // 新增 at 1366 px: the form is one line, 取消 beside 添加, and every hint shown whole.
  await page.getByRole('button', { name: '新增' }).click();
  const form = page.getByRole('form', { name: '新增实验区' });
  await expect(form.getByLabel('名称／主题')).toBeFocused();
  // One line: every field and button within a few pixels of the same top (buttons are
  // centred on the taller fields).
  const tops = await form
    .locator('input, button')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(10);
  // (A string: this file is type-checked without the DOM library.)
  const cut = await page.evaluate(`[...document.querySelectorAll('.toolbar-form input')]
    .filter((i) => {
      const c = document.createElement('canvas').getContext('2d');
      c.font = getComputedStyle(i).font;
      return c.measureText(i.placeholder).width > i.clientWidth - 12;
    }).map((i) => i.placeholder)`);
  expect(cut).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

  // Type over, Enter, type over, Enter: two cells of the column, one below the other.
  await cell(page, 1, 'title').click();
  // Long, as titles are: the 操作记录 below then has a long 内容 beside its short columns.
  const long = '第一行改过：推行小区议事会制度，探索居民协商与物业服务相衔接的长效机制';
  await page.keyboard.type(long);
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, 'title')).toHaveText(long);
  await expect(cell(page, 2, 'title')).toBeFocused();
  await page.keyboard.type('第二行改过');
  await page.keyboard.press('Enter');
  await expect(cell(page, 2, 'title')).toHaveText('第二行改过');
  await expect(cell(page, 1, 'title')).toHaveText(long);
  await expect(cell(page, 3, 'title')).toBeFocused();

  // 年度 typed with a full-width input method is read, not dropped.
  await cell(page, 0, 'year').click();
  await page.keyboard.type('２０１９');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'year')).toHaveText('2019');
  await expect(status(page)).toContainText('年度：2019');
  // Words are refused with what to type, and the year stays.
  await cell(page, 0, 'year').click();
  await page.keyboard.type('二〇二〇年');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('年度「二〇二〇年」不对：应为 1949–2100 之间的年份');
  await expect(status(page)).not.toContainText('的年度：年度'); // the field said once
  await expect(cell(page, 0, 'year')).toHaveText('2019');
  // Refused, the focus is back on that cell, not on the one below Enter moved to: the next
  // keys a clerk types down the column land where the message is about.
  await expect(cell(page, 0, 'year')).toBeFocused();
  await cell(page, 1, 'year').click();
  await page.keyboard.type('二〇一九');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('年度「二〇一九」不对');
  await expect(cell(page, 1, 'year')).toBeFocused();
  await expect(cell(page, 2, 'year')).not.toBeFocused();
  // 序号 too.
  await cell(page, 0, 'seq').click();
  await page.keyboard.type('１５');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'seq')).toHaveText('15');
  await page.screenshot({ path: path.join(screenshotDir, 'reflexes-number-columns.png') });

  // 操作记录 at 1366 px: every header on one line.
  await page.click('[data-nav="history"]');
  const headers = page.getByTestId('history-list').locator('thead th');
  await expect(headers.filter({ hasText: '执行者' })).toBeVisible();
  // How many lines each header's text takes (a string: this file is type-checked without
  // the DOM library).
  const lines = await page.evaluate(`[...document.querySelectorAll(
    '[data-testid="history-list"] thead th')].filter((th) => th.textContent !== '').map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return th.textContent + ':' + tops.size;
    })`);
  expect(lines).toEqual(['时间:1', '操作:1', '内容:1', '执行者:1', '记录数:1', '状态:1']);
});
