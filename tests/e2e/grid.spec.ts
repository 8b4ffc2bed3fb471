/**
 * The curation grid in browser mode: import a notice through the UI, edit a cell, undo and
 * redo (keyboard and status line), filter by province (facet), quick search, bulk edit,
 * paste a block as from Excel, the record panel with its source sentence, the notices view.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { importNoticeFile as importNotice } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const status = (page: Page) => page.getByTestId('status-line');

test('edit, undo, redo, facet, search, bulk edit, paste, record panel', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect(cell(page, 0, 'title')).toHaveText('构建“红色物业”联动机制');

  // Edit a cell: typing starts the editor (as in WPS), Enter saves.
  await cell(page, 0, 'title').click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('构建红色物业联动机制（已核对）');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'title')).toHaveText('构建红色物业联动机制（已核对）');
  await expect(status(page)).toContainText('已保存');

  // Ctrl+Z undoes it (the grid re-reads), Ctrl+Y redoes it; the status line says what.
  await cell(page, 1, 'title').click();
  await page.keyboard.press('Control+z');
  await expect(status(page)).toContainText('已撤销：修改');
  await expect(cell(page, 0, 'title')).toHaveText('构建“红色物业”联动机制');
  await page.keyboard.press('Control+y');
  await expect(status(page)).toContainText('已重做');
  await expect(cell(page, 0, 'title')).toHaveText('构建红色物业联动机制（已核对）');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-edit-undo.png') });

  // Facet: province.
  await page
    .getByTestId('facets')
    .locator('[data-facet="province"] label', { hasText: '江苏省' })
    .click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-facet-province.png') });
  await page.getByTestId('facets').getByRole('button', { name: '清除' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');

  // Quick search (FTS trigram for 3+ characters, LIKE for 2); Ctrl+F from a cell goes there.
  // Retried as a whole: on a loaded machine the click may land while the grid is still
  // re-rendering after the facet cleared, and the key then reaches no focused cell.
  await expect(async () => {
    await cell(page, 0, 'title').click();
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.getByTestId('grid-search')).toBeFocused({ timeout: 2_000 });
  }).toPass();
  await page.keyboard.type('提案征集');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await page.getByTestId('grid-search').fill('提案征集');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await page.getByTestId('grid-search').fill('小区');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  // Another kind's page starts without this page's search and filters.
  await page.click('[data-nav="cases"]');
  await expect(page.getByTestId('grid-search')).toHaveValue('');
  // Back on 实验区, its own search is where it was left (as a sheet keeps its filter in Excel).
  await page.click('[data-nav="zones"]');
  await expect(page.getByTestId('grid-search')).toHaveValue('小区');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await page.getByTestId('grid-search').fill('');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');

  // No status written: each zone shows the one its milestones give, and the 状态 facet
  // counts that very status; the duplicates flag says it counts sources too.
  const facetLabel = (facet: string, value: string) =>
    page.getByTestId('facets').locator(`[data-facet="${facet}"] label`, { hasText: value });
  await expect(facetLabel('status', '实验中')).toContainText('4');
  await expect(page.getByTestId('facets')).toContainText('多来源/重复/关联');

  // Bulk edit the status of two selected rows, one operation.
  const grid = page.getByTestId('grid-zone');
  await cell(page, 0, 'title').click();
  await page.keyboard.press('Home'); // back to the first column, where the row checkboxes are
  await grid.locator('.ag-row[row-index="0"]  [col-id="ag-Grid-SelectionColumn"] input').check();
  await grid.locator('.ag-row[row-index="1"]  [col-id="ag-Grid-SelectionColumn"] input').check();
  await page.getByRole('button', { name: /批量修改/ }).click();
  await page.getByLabel('要修改的列').selectOption({ label: '状态' });
  await page.getByLabel('新值').fill('已验收');
  await page.getByRole('button', { name: '修改 2 行' }).click();
  await expect(facetLabel('status', '已验收')).toContainText('2');
  await expect(facetLabel('status', '实验中')).toContainText('2');
  await expect(status(page)).toContainText('批量修改 2 条记录');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-bulk-edit.png') });
  // A status word finds the records of that status.
  await page.getByTestId('grid-search').fill('验收');
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await page.getByTestId('grid-search').fill('');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');

  // Paste a 2×2 block (TAB/newline, as Excel and WPS put it) from the focused 地区 cell (a
  // zone's first column): region texts and titles of rows 3–4, one operation (regions re-resolved).
  await grid.locator('.ag-row[row-index="0"] [col-id="ag-Grid-SelectionColumn"] input').uncheck();
  await grid.locator('.ag-row[row-index="1"] [col-id="ag-Grid-SelectionColumn"] input').uncheck();
  await cell(page, 2, 'regionText').click();
  // What Excel/WPS put on the clipboard: a paste event carrying TSV as text/plain.
  // (A string: this file is type-checked without the DOM library.)
  const tsv =
    '南京市玄武区\t探索居民提案征集办法（粘贴）\r\n苏州市吴中区\t完善老旧小区协商平台（粘贴）\r\n';
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(tsv)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  await expect(status(page)).toContainText('粘贴：2 条记录');
  await expect(cell(page, 3, 'title')).toHaveText('完善老旧小区协商平台（粘贴）');
  await expect(cell(page, 2, 'region')).toContainText('320102');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 3, 'title')).toHaveText('完善老旧小区协商平台');
  await page.keyboard.press('Control+y');
  await expect(cell(page, 3, 'title')).toHaveText('完善老旧小区协商平台（粘贴）');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-paste.png') });

  // Record panel: Enter opens it, with the source sentence highlighted and the history.
  await cell(page, 0, 'title').click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('mark').first()).toContainText('石家庄市长安区');
  await expect(panel.getByTestId('record-history')).toContainText('修改');
  await expect(panel.locator('dd[data-field="status"]')).toHaveText('已验收');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-record-panel.png') });
  // The grid keeps its pinned columns while the panel is open (the facets give way to it),
  // and after it is closed.
  const pinnedHeaders = page
    .getByTestId('grid-zone')
    .locator('.ag-header-row .ag-grid-pinned-left-cells .ag-header-cell[col-id]');
  const pinned = async () =>
    (
      await pinnedHeaders.evaluateAll((els) =>
        els
          .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
          .map((el) => el.getAttribute('col-id')),
      )
    ).slice(0, 2);
  await expect.poll(pinned).toEqual(['ag-Grid-SelectionColumn', 'regionText']);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect.poll(pinned).toEqual(['ag-Grid-SelectionColumn', 'regionText']);

  // A double-click edits the cell, as in a spreadsheet; it does not open the panel.
  await cell(page, 1, 'title').dblclick();
  await expect(cell(page, 1, 'title').locator('input')).toBeVisible();
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(cell(page, 1, 'title').locator('input')).toHaveCount(0);
  // The 来源 cell opens the record panel on a click; a status nobody wrote is the grid's.
  await cell(page, 2, 'mentions').click();
  await expect(panel.locator('mark').first()).toBeVisible();
  await expect(panel.locator('dd[data-field="status"]')).toHaveText('实验中（按期限推算，未填写）');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Notices view: the raw text with each record's span marked.
  await page.click('[data-nav="notices"]');
  // The notice's kind in words staff use, not the importer's code for it.
  await expect(
    page.getByTestId('grid-notices').locator('.ag-row[row-index="0"] [col-id="kind"]'),
  ).toHaveText('实验区名单');
  await page.getByTestId('grid-notices').locator('.ag-row[row-index="0"]').dblclick();
  await expect(page.getByTestId('notice-view').locator('mark')).toHaveCount(4);
  await page.screenshot({ path: path.join(screenshotDir, 'notice-view.png'), fullPage: true });

  // Home: counts and the chart.
  await page.click('[data-nav="home"]');
  await expect(page.locator('.bar-chart').first()).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'home.png'), fullPage: true });
});

test('a region edit resolves through the gazetteer with suggestions, in one undoable step', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="zones"]');
  await expect(cell(page, 0, 'regionText')).toHaveText('石家庄市长安区');
  await cell(page, 0, 'regionText').click();
  await page.keyboard.press('F2');
  await expect(page.locator('.region-editor input')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('栖霞区');
  await expect(page.locator('.region-suggestions li').first()).toContainText('南京市栖霞区');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-region-editor.png') });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'region')).toContainText('320113');
  await expect(cell(page, 0, 'province')).toHaveText('江苏省');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(cell(page, 0, 'region')).toContainText('130102');

  // Typing a code into the read-only 区划代码 column says why nothing happens and what to
  // edit instead, as F2 on the region label does; the code is unchanged.
  await cell(page, 1, 'regionCode').click();
  await page.keyboard.type('9');
  await expect(status(page)).toContainText('「区划代码」由「地区（原文）」自动确定');
  await expect(status(page)).toContainText('请修改「地区（原文）」');
  await page.keyboard.press('Escape');
  await cell(page, 0, 'region').click();
  await page.keyboard.press('F2');
  await expect(status(page)).toContainText('「区划（名称与代码）」由「地区（原文）」自动确定');
  await expect(cell(page, 0, 'region')).toContainText('130102');
});

test.use({ screenshot: 'only-on-failure' });
const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
test('seeds: search 提案 in the case grid', async ({ page, browserMode }) => {
  test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');
  const files = readdirSync(seeds)
    .filter((f) => !f.startsWith('.'))
    .map((f) => path.join(seeds, f));
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
  await page.click('[data-nav="cases"]');
  await page.getByTestId('grid-search').fill('提案');
  await expect(page.locator('.page-subtitle')).toHaveText(/共 [1-9]\d* 条/);
  await expect(
    page.getByTestId('grid-case').locator('.ag-row[row-index="0"] [col-id="title"]'),
  ).toContainText('提案');
  await page.screenshot({ path: path.join(screenshotDir, 'grid-seeds-search.png') });
  await page.click('[data-nav="home"]');
  await page.screenshot({ path: path.join(screenshotDir, 'home-seeds.png'), fullPage: true });
});
