/**
 * A clerk's first month: a record's 相关记录 open in the panel (at the top of the record
 * opened) and can be taken apart there (解除关联, undoable), and the search box still says
 * what it searches when rows are ticked at 1366 px; a revoked zone is marked or left out of
 * a Word list; a file of a batch that cannot be read is named at the top; the grid's search
 * and facets are where they were left.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice, NOTICE } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const panel = (page: Page) => page.getByTestId('record-panel');

test('a related record opens from the panel at its title, and 解除关联 takes the link apart (Ctrl+Z puts it back)', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const [first, second] = await ledgerCall(page, 'records/list', { kind: 'zone' });
  await ledgerCall(page, 'records/link', { ids: [first!.id, second!.id], relation: 'renamed' });
  await page.reload();
  await page.click('[data-nav="zones"]');

  await cell(page, 0, 'title').click();
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('h2')).toHaveText(first!.title!);
  const links = panel(page).locator('.link-list li');
  await expect(links).toHaveCount(1);

  // Opened from the foot of a long panel, the other record shows its own title, not its middle.
  await panel(page).evaluate((e) => e.scrollTo(0, e.scrollHeight));
  await links.getByRole('button', { name: second!.title! }).click();
  await expect(panel(page).locator('h2')).toHaveText(second!.title!);
  await expect(panel(page).locator('h2')).toBeInViewport();
  expect(await panel(page).evaluate((e) => e.scrollTop)).toBe(0);

  await panel(page).getByRole('button', { name: '解除关联' }).click();
  await expect(page.getByTestId('status-line')).toContainText('已解除关联');
  await expect(panel(page)).toContainText('没有相关记录。');
  const stored = await ledgerCall(page, 'records/panel', { id: second!.id, context: 10 });
  expect(stored.links).toEqual([]);
  expect((await ledgerCall(page, 'records/list', { kind: 'zone' })).length).toBe(4);

  await page.keyboard.press('Control+z');
  await expect(panel(page).locator('.link-list li')).toHaveCount(1);
  await expect(panel(page).locator('.link-list li')).toContainText(first!.title!);
});

test('with rows ticked at 1366 px the search box still shows its whole placeholder', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.getByTestId('grid-zone').getByLabel('全选当前显示的记录').click();
  await expect(page.getByRole('button', { name: '批量修改（4）' })).toBeEnabled();
  const box = page.getByTestId('grid-search');
  // Runs in the page (the Node-side tsconfig has no DOM types, hence a string).
  const fit = (await page.evaluate(`(() => {
    const input = document.querySelector('[data-testid="grid-search"]');
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { room, needed: ctx.measureText(input.placeholder).width };
  })()`)) as { room: number; needed: number };
  expect(fit.room).toBeGreaterThanOrEqual(fit.needed);
  // …and the toolbar stays one line: its last button is level with the search box.
  const last = await page.getByRole('button', { name: '整理取值' }).boundingBox();
  const search = await box.boundingBox();
  expect(Math.abs(last!.y + last!.height / 2 - (search!.y + search!.height / 2))).toBeLessThan(4);
});

test('a revoked zone is offered to the Word export marked or left out, and the export says how many it left out', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const [first] = await ledgerCall(page, 'records/list', { kind: 'zone' });
  await ledgerCall(page, 'records/edit', {
    edits: [{ id: first!.id, field: 'status', value: '已撤销' }],
  });
  await page.click('[data-nav="export"]');
  await expect(page.getByTestId('export-count')).toContainText('将导出 4 条');
  const choice = page.getByTestId('revoked-choice');
  await expect(choice).toContainText('其中 1 个单位已撤销');
  await expect(choice.getByLabel('已撤销的单位')).toHaveValue('mark');
  await choice.getByLabel('已撤销的单位').selectOption('omit');
  await expect(page.getByTestId('export-count')).toContainText('将导出 3 条');
  await expect(choice).toContainText('其中 1 个单位已撤销');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出' }).click(),
  ]);
  await expect(page.locator('.done-note')).toContainText('已导出 3 条');
  await expect(page.locator('.done-note')).toContainText('已撤销的 1 个单位未列入');
});

test('a file that cannot be read is named at the top of the batch, and the ledger gets nothing from it', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-batch-'));
  const good = path.join(dir, '第三批实验区.txt');
  const empty = path.join(dir, '空白.txt');
  writeFileSync(good, NOTICE);
  writeFileSync(empty, '');
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', [empty, good]);
  const note = page.getByTestId('failed-files');
  await expect(note).toContainText('1 份文件无法导入，台账未因它们改动：空白.txt');
  await page.getByRole('button', { name: /确认导入 1 份通知/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(1);
  // Still said after the commit, beside 导入完成.
  await expect(note).toContainText('空白.txt');
  const notices = await ledgerCall(page, 'notices/list', {});
  expect(notices.map((n) => n.file)).toEqual(['第三批实验区.txt']);
});

test('the grid keeps its search and facets across pages and a restart', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.getByTestId('grid-search').fill('石家庄');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await page.click('[data-nav="deadlines"]');
  await page.click('[data-nav="zones"]');
  await expect(page.getByTestId('grid-search')).toHaveValue('石家庄');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');

  // Closed and opened again (the same profile): where it was left.
  const again = await page.context().newPage();
  await page.close();
  await again.goto(browserMode.url);
  await again.click('[data-nav="zones"]');
  await expect(again.getByTestId('grid-search')).toHaveValue('石家庄');
  await expect(again.locator('.page-subtitle')).toHaveText('共 1 条');
  // Another kind's grid keeps its own (here none).
  await again.click('[data-nav="cases"]');
  await expect(again.getByTestId('grid-search')).toHaveValue('');
});

test('the notices list shows each notice’s record and warning counts at 1366 px without scrolling', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="notices"]');
  for (const col of ['records', 'warnings'])
    await expect(page.locator(`.ag-header-cell[col-id="${col}"]`)).toBeInViewport({ ratio: 1 });
});
