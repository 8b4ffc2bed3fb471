/**
 * A clerk's second week, keyboard first: a block of a column chosen with Shift+↓/↑ (as a
 * range is in Excel/WPS) is what Ctrl+C copies and Delete clears, in one undoable step; a
 * record's history says which notice changed its status; a deadline marked done says so and
 * links the notice it came from; a search that finds nothing says how to search a name half
 * remembered; the relation a link form offers is read whole.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const ticked = (page: Page) =>
  page.getByTestId('grid-zone').locator('.ag-row.ag-row-selected[row-index]');
const zones = (page: Page) => ledgerCall(page, 'records/list', { kind: 'zone' });
const clipboard = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );

test('Shift+↓/↑ chooses a block of a column: Ctrl+C copies it, Delete clears it, Ctrl+Z brings it back', async ({
  page,
  browserMode,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await importNotice(page, browserMode.url);
  const before = (await zones(page)).map((r) => r.title);

  // From the first 名称 cell: down three, back up one — a block of three rows.
  await cell(page, 0, 'title').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(ticked(page)).toHaveCount(3);
  await expect(cell(page, 2, 'title')).toBeFocused();

  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('status-line')).toContainText(
    '已复制「名称／主题」列的 3 个单元格',
  );
  expect((await clipboard(page)).split(/\r?\n/)).toEqual(before.slice(0, 3));

  // Delete clears a block's cells (here of 批次), one operation; one Ctrl+Z restores them.
  const batches = (await zones(page)).map((r) => r.batch);
  expect(batches[0]).toBeTruthy();
  await cell(page, 0, 'batch').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-line')).toContainText('清除：3 条记录');
  expect((await zones(page)).map((r) => r.batch)).toEqual([null, null, null, batches[3]]);
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'batch')).toHaveText(batches[0]!);
  expect((await zones(page)).map((r) => r.batch)).toEqual(batches);
  expect((await zones(page)).map((r) => r.title)).toEqual(before);

  // A Shift+arrow from another cell starts a new block there.
  await cell(page, 3, 'title').click();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(ticked(page)).toHaveCount(2);
  await expect(cell(page, 2, 'title')).toBeFocused();
});

test('a status an acceptance set names that acceptance in the record’s history', async ({
  page,
  browserMode,
}) => {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'schedule');
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', [
    path.join(dir, 'three-year-approval.txt'),
    path.join(dir, 'failed-acceptance.txt'),
  ]);
  const previews = page.getByTestId('file-preview');
  await expect(previews).toHaveCount(2);
  await expect(previews.locator('.badge').filter({ hasText: '待确认' })).toHaveCount(2);
  await page
    .getByRole('button', { name: /确认导入/ })
    .first()
    .click();
  await expect(previews.locator('.badge').filter({ hasText: '已导入' })).toHaveCount(2);

  const accepted = (await zones(page)).find((r) => r.status?.startsWith('已验收'))!;
  await page.click('[data-nav="zones"]');
  await page.getByTestId('grid-search').fill(accepted.regionText!);
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await cell(page, 0, 'regionText').click();
  await page.keyboard.press('Enter');
  const line = page
    .getByTestId('record-history')
    .locator('li')
    .filter({ hasText: /^.*状态由.*改为「已验收/ });
  await expect(line).toContainText(
    '来自《民政部办公厅关于2016年确认的全国社区治理和服务创新实验区结项验收结果的通知》',
  );
});

test('a deadline marked done says so on the status line, and its 依据 links the notice it came from', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles(
    '[data-testid="import-file-input"]',
    path.join(repoRoot, 'tests', 'fixtures', 'schedule', 'three-year-approval.txt'),
  );
  const preview = page.getByTestId('file-preview');
  await expect(preview.locator('.badge').first()).toHaveText('待确认');
  await page
    .getByRole('button', { name: /确认导入/ })
    .first()
    .click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  const [notice] = await ledgerCall(page, 'notices/list', {});

  await page.click('[data-nav="deadlines"]');
  await page.getByText('历史事项').first().click();
  const row = page
    .locator('tr.ms-row')
    .filter({ has: page.getByRole('button', { name: '标记完成' }) })
    .first();
  await expect(row.locator('.ms-rule-notice')).toHaveAttribute('href', `#/notices/${notice!.id}`);
  const label = await row.locator('td strong').first().innerText();
  await row.getByRole('button', { name: '标记完成' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-line')).toContainText(`已标为完成：`);
  await expect(page.getByTestId('status-line')).toContainText(label);
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status-line')).toContainText('已撤销');
});

test('a half-remembered name typed in one run finds nothing and says to part the words; parted, they find it', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const search = page.getByTestId('grid-search');
  await search.fill('长安区红色物业');
  await expect(page.getByTestId('grid-nothing-found')).toBeVisible();
  await expect(page.getByTestId('grid-search-hint')).toContainText('用空格分开');
  await search.fill('长安 红色物业');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await expect(cell(page, 0, 'title')).toContainText('红色物业');
});

test('关联所选 shows its relation whole at 1366 px', async ({ page, browserMode }) => {
  await importNotice(page, browserMode.url);
  for (const row of [0, 1])
    await cell(page, row, 'ag-Grid-SelectionColumn').locator('input').check();
  await page.getByRole('button', { name: '关联所选' }).click();
  const relation = page.locator('.toolbar-form select');
  await expect(relation).toBeVisible();
  // The chosen option's text against the room the select gives it (arrow and padding apart).
  // (A string: this file is type-checked without the DOM library.)
  const room = await page.evaluate(`(() => {
    const s = document.querySelector('.toolbar-form select');
    const c = document.createElement('canvas').getContext('2d');
    c.font = getComputedStyle(s).font;
    return s.clientWidth - 24 - c.measureText(s.options[s.selectedIndex].text).width;
  })()`);
  expect(room).toBeGreaterThanOrEqual(0);
});
