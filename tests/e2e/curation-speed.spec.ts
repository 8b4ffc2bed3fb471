/**
 * Curation at spreadsheet speed (issue #17), in browser mode, each step checked on the
 * ledger itself: merge, link and split by hand from the grid's ticks; delete asks with
 * the count and never reaches rows a search hides; Ctrl+C, Ctrl+D, Delete and the header
 * checkbox; search by resolved place names, and a search that finds nothing says so;
 * group by a field with counts; export exactly the view to Excel and Word.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice, NOTICE } from './support/seed-notice';

const SHOTS = process.env.SHOTS_DIR ?? path.join(os.tmpdir(), 'shots-17');

const grid = (page: Page) => page.getByTestId('grid-zone');
const cell = (page: Page, row: number, colId: string) =>
  grid(page).locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const tick = (page: Page, row: number) =>
  grid(page).locator(`.ag-row[row-index="${row}"] .ag-selection-checkbox input`).click();
const zones = (page: Page) => ledgerCall(page, 'records/list', { kind: 'zone' });
const lastOp = async (page: Page) => (await ledgerCall(page, 'history/list', {}))[0]!;

test('merge, link and split by hand from the grid', async ({ page, browserMode }) => {
  await importNotice(page, browserMode.url);
  const before = await zones(page);
  const [a, b] = [before[0]!, before[1]!];

  await tick(page, 0);
  await tick(page, 1);
  await page.getByRole('button', { name: '合并所选' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog.locator('th', { hasText: '第 2 条' })).toBeVisible();
  // keep the second row's title
  await dialog.locator('tbody tr').first().locator('input[type="radio"]').nth(1).check();
  await page.screenshot({ path: path.join(SHOTS, 'merge-by-hand.png') });
  await dialog.getByRole('button', { name: /合并此组（2 条）/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.page-subtitle')).toHaveText('共 3 条');

  const merged = await zones(page);
  expect(merged).toHaveLength(3);
  const survivor = merged.find((r) => r.id === Math.min(a.id, b.id))!;
  expect(survivor.title).toBe(b.title);
  expect((await lastOp(page)).kind).toBe('merge');
  // Named by the kept record, never by the ledger's numbers.
  expect((await lastOp(page)).summary).toBe(`合并 2 条记录为《${b.title}》`);

  // 拆分 on the merged record's panel takes the merge apart.
  await cell(page, 0, 'title').click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel.getByTestId('panel-merges')).toContainText(b.title ?? '');
  await panel.getByRole('button', { name: '拆分' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  const split = await zones(page);
  expect(split.map((r) => r.title).sort()).toEqual(before.map((r) => r.title).sort());
  await panel.getByRole('button', { name: '关闭' }).click();

  // 关联所选 with a relation: both records stay, the link is in the ledger.
  await tick(page, 2);
  await tick(page, 3);
  await page.getByRole('button', { name: '关联所选' }).click();
  await page.getByLabel('关系').selectOption({ label: '更名前后' });
  await page.getByRole('button', { name: '关联', exact: true }).click();
  await expect(page.getByTestId('status-line')).toContainText('已关联 2 条记录');
  const third = (await zones(page))[2]!;
  const links = (await ledgerCall(page, 'records/panel', { id: third.id })).links;
  expect(links.map((l) => l.relation)).toContain('renamed');
  expect(await zones(page)).toHaveLength(4);
});

test('delete asks with the count and never reaches rows a search hides', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  // 江苏 is written nowhere in the notice: the resolved province name finds it.
  await page.getByTestId('grid-search').fill('江苏');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await grid(page).getByLabel('全选当前显示的记录').click();
  await expect(grid(page).getByLabel('全选当前显示的记录')).toBeChecked();
  await expect(page.getByRole('button', { name: '删除所选', exact: true })).toBeEnabled();

  // A new search clears the ticks: nothing hidden stays selected.
  await page.getByTestId('grid-search').fill('');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect(page.getByRole('button', { name: /^删除所选/ })).toBeDisabled();

  await page.getByTestId('grid-search').fill('江苏');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await grid(page).getByLabel('全选当前显示的记录').click();
  await page.getByRole('button', { name: '删除所选', exact: true }).click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('删除所选的 2 条记录？');
  await ask.getByRole('button', { name: '删除 2 条' }).click();
  await expect(page.getByTestId('grid-nothing-found')).toBeVisible();

  const left = await zones(page);
  expect(left).toHaveLength(2);
  expect(left.every((r) => r.province === '河北省')).toBe(true);

  // Nothing found is not an empty ledger: it says so and offers to clear.
  await expect(page.getByTestId('grid-nothing-found')).toContainText(
    '没有符合当前搜索或筛选条件的记录',
  );
  await page.getByRole('button', { name: '清除搜索和筛选' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
});

test('Ctrl+C copies with headers, Ctrl+D fills down, Delete clears as one operation', async ({
  page,
  browserMode,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await importNotice(page, browserMode.url);

  // Typing a character starts editing the cell, as in Excel/WPS.
  await cell(page, 0, 'year').click();
  await page.keyboard.type('2022');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'year')).toHaveText('2022');
  expect((await zones(page))[0]!.year).toBe(2022);
  await cell(page, 0, 'status').click();
  await page.keyboard.press('F2');
  await page.keyboard.type('已验收');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'status')).toHaveText('已验收');

  await tick(page, 0);
  await tick(page, 1);
  await tick(page, 2);
  await cell(page, 0, 'status').click();
  await page.keyboard.press('Control+d');
  await expect(cell(page, 2, 'status')).toHaveText('已验收');
  const ids = (await zones(page)).slice(0, 3).map((r) => r.id);
  const statusOf = async () =>
    (await zones(page)).filter((r) => ids.includes(r.id)).map((r) => r.status);
  expect(await statusOf()).toEqual(['已验收', '已验收', '已验收']);
  expect((await lastOp(page)).kind).toBe('fill');
  // Filled again, there is nothing left to change: the status line says so, nothing is written.
  const filled = (await lastOp(page)).opId;
  await page.keyboard.press('Control+d');
  await expect(page.getByTestId('status-line')).toContainText('没有需要填充的单元格');
  expect((await lastOp(page)).opId).toBe(filled);

  const clipboard = () =>
    page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
  // With the focus in a column of the ticked rows, Ctrl+C copies those cells (a range, as in
  // Excel), which paste into another column of the same rows.
  await page.keyboard.press('Control+c');
  const column = await clipboard();
  expect(column.split(/\r?\n/)).toEqual(['已验收', '已验收', '已验收']);
  await expect(page.getByTestId('status-line')).toContainText('已复制「状态」列的 3 个单元格');
  await cell(page, 0, 'batch').click();
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(column)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  await expect(cell(page, 2, 'batch')).toHaveText('已验收');
  expect((await zones(page)).filter((r) => ids.includes(r.id)).map((r) => r.batch)).toEqual([
    '已验收',
    '已验收',
    '已验收',
  ]);
  expect((await lastOp(page)).kind).toBe('paste');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 2, 'batch')).not.toHaveText('已验收');

  // With the focus on the tick boxes, Ctrl+C copies the ticked rows whole, with headers.
  await tick(page, 0); // off and on again: the focus is now on the tick boxes
  await tick(page, 0);
  await page.keyboard.press('Control+c');
  const lines = (await clipboard()).split(/\r?\n/);
  expect(lines).toHaveLength(4);
  expect(lines[0]).toContain('名称');
  expect(lines[0]).toContain('\t');
  expect(lines[1]).toContain('已验收');
  await page.screenshot({ path: path.join(SHOTS, 'copy-fill.png') });

  await cell(page, 0, 'status').click();
  await page.keyboard.press('Delete');
  // Nothing is written any more: the cell shows, pale, only the status the export derives.
  await expect(cell(page, 1, 'status')).toHaveClass(/cell-derived/);
  await expect(cell(page, 1, 'status')).not.toHaveText('已验收');
  expect(await statusOf()).toEqual([null, null, null]);
  expect((await lastOp(page)).kind).toBe('clear');

  // One Ctrl+Z brings all three back.
  await page.keyboard.press('Control+z');
  await expect(cell(page, 2, 'status')).toHaveText('已验收');
  expect(await statusOf()).toEqual(['已验收', '已验收', '已验收']);
});

test('group by province with counts, export exactly the view to Excel and Word', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.getByLabel('分组').selectOption({ label: '按省份分组' });
  const bar = page.getByTestId('group-bar');
  await expect(bar.getByRole('button', { name: /江苏省\s*2/ })).toBeVisible();
  await expect(bar.getByRole('button', { name: /河北省\s*2/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'group-by.png') });
  await bar.getByRole('button', { name: /江苏省/ }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');

  const jiangsu = (await zones(page)).filter((r) => r.province === '江苏省');
  const hebei = (await zones(page)).filter((r) => r.province === '河北省');

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsx.path());
  const cells = book.worksheets
    .flatMap((ws) => ws.getSheetValues())
    .flatMap((row) => (Array.isArray(row) ? row : []))
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v ?? '')))
    .join('\n');
  for (const r of jiangsu) expect(cells).toContain(r.title!);
  for (const r of hebei) expect(cells).not.toContain(r.title!);

  // Ticked rows narrow it further: only the ticked one goes to the Word attachment.
  await tick(page, 0);
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Word' }).click(),
  ]);
  await expect(page.getByTestId('status-line')).toContainText('已导出当前视图的 1 条记录');
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const body = await zip.file('word/document.xml')!.async('string');
  const shownTitle = await cell(page, 0, 'title').textContent();
  expect(body).toContain(shownTitle!.replace(/[“”]/g, '').slice(0, 4));
  for (const r of [...hebei, ...jiangsu].filter((x) => x.title !== shownTitle))
    expect(body).not.toContain(r.title!);
  await page.screenshot({ path: path.join(SHOTS, 'export-view.png') });
});

test('home page: a bar and a table count open the grid narrowed to them', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="home"]');
  const summary = await ledgerCall(page, 'home/summary', {});
  const jiangsu = summary.byProvinceProgramme.filter((r) => r.province === '江苏省');
  expect(jiangsu.reduce((n, r) => n + r.count, 0)).toBe(2);
  const table = page.getByTestId('province-programme');
  await expect(table.getByRole('row', { name: /江苏省/ })).toContainText('2');
  await page.screenshot({ path: path.join(SHOTS, 'home-clickable.png'), fullPage: true });

  await page.getByRole('link', { name: '江苏省 2' }).click();
  await expect(page.locator('h1')).toHaveText('实验区');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  const shown = await ledgerCall(page, 'records/page', {
    kind: 'zone',
    facets: { province: ['江苏省'] },
  });
  expect(shown.total).toBe(2);

  await page.click('[data-nav="home"]');
  await table
    .getByRole('row', { name: /河北省/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await expect(cell(page, 0, 'regionText')).toContainText(/石家庄|保定/);
});

test('a notice warning marked 已核对 with a note no longer waits on the home page', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-speed-'));
  const file = path.join(dir, '第四批实验区.txt');
  writeFileSync(
    file,
    NOTICE.replace('第三批', '第四批').replace('3.南京市栖霞区', '5.南京市栖霞区'),
  );
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByTestId('file-preview').locator('.badge')).toHaveText('已导入');
  const notice = (await ledgerCall(page, 'notices/list', {})).find((n) => n.warnings.length > 0)!;
  expect((await ledgerCall(page, 'home/summary', {})).warnings).toHaveLength(1);

  await page.goto(`${browserMode.url.split('?')[0]}#/notices/${notice.id}`);
  const list = page.getByTestId('warning-list');
  await list.getByRole('button', { name: '已核对' }).first().click();
  await list.getByLabel('核对说明').fill('已与原件核对，原文如此');
  await list.getByRole('button', { name: '确认已核对' }).click();
  await expect(list.locator('.badge', { hasText: '已核对' }).first()).toBeVisible();

  const detail = await ledgerCall(page, 'notices/detail', { id: notice.id });
  expect(detail.checks[0]!.note).toBe('已与原件核对，原文如此');
  const open = notice.warnings.length - detail.checks.length;
  const home = await ledgerCall(page, 'home/summary', {});
  expect(home.warnings.reduce((n, w) => n + w.count, 0)).toBe(open);
  await page.screenshot({ path: path.join(SHOTS, 'warning-checked.png') });
});

test('整理取值: variant spellings of a batch unified for all their records in one operation', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const [first, second] = await zones(page);
  await ledgerCall(page, 'records/edit', {
    edits: [
      { id: first!.id, field: 'batch', value: '第 三 批' },
      { id: second!.id, field: 'batch', value: '（第三批）' },
    ],
    action: 'edit',
  });
  await page.getByRole('button', { name: '整理取值' }).click();
  const dialog = page.getByTestId('cluster-dialog');
  await dialog.getByLabel('要整理的列').selectOption({ label: '批次' });
  const cluster = dialog.getByTestId('cluster');
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toContainText('第 三 批');
  await expect(cluster.getByLabel('统一为')).toHaveValue('第三批');
  await page.screenshot({ path: path.join(SHOTS, 'clusters.png') });
  await cluster.getByRole('button', { name: /统一为此写法/ }).click();
  await expect(dialog).toContainText('没有写法不同的同一个值');
  expect((await zones(page)).map((r) => r.batch)).toEqual(['第三批', '第三批', '第三批', '第三批']);
  expect((await lastOp(page)).kind).toBe('rename_value');

  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status-line')).toContainText('已撤销');
  expect((await zones(page)).map((r) => r.batch).sort()).toEqual(
    ['第 三 批', '（第三批）', '第三批', '第三批'].sort(),
  );
});

test('a record added under a search has 项目, 年度 and 批次, and is shown', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.getByTestId('grid-search').fill('江苏');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await page.getByRole('button', { name: '新增' }).click();
  await page.getByLabel('名称／主题').fill('探索社区协商新机制');
  await page.getByLabel('地区', { exact: true }).fill('石家庄市桥西区');
  await page.getByLabel('项目').fill('省级社区治理创新实验区');
  await page.getByLabel('年度').fill('2024');
  await page.getByLabel('批次').fill('第五批');
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByTestId('record-panel').locator('h2')).toHaveText('探索社区协商新机制');
  const added = (await zones(page)).find((r) => r.title === '探索社区协商新机制')!;
  expect(added.year).toBe(2024);
  expect(added.batch).toBe('第五批');
  expect(added.programme).toBe('省级社区治理创新实验区');
});
