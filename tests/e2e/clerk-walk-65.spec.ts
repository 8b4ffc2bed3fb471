/**
 * What tripped a new clerk at 1280×720 after importing the five seed notices: 导入完成 said
 * twice in the foot, the undo button cut to "撤销：导入 5 …", the import page's cards still
 * saying 已导入 after 撤销, an untitled notice listed by its file name, and 实验区's 区划
 * column never whole beside the filter panel.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { commitPreview } from './support/commit-preview';
import { previewNotice } from './support/seed-notice';

test.use({ viewport: { width: 1280, height: 720 } });

const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
const seedFiles = (only?: string) =>
  readdirSync(seeds)
    .filter((f) => !f.startsWith('.') && (!only || f.startsWith(only)))
    .map((f) => path.join(seeds, f));

async function importSeeds(page: Page, url: string, files: string[]) {
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
}

const status = (page: Page) => page.getByTestId('status-line');

const needSeeds = () => test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');

test('导入完成 once in the foot; the undo label whole; 撤销 and 重做 told on the cards', async ({
  page,
  browserMode,
}) => {
  needSeeds();
  const files = seedFiles();
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  // Every state the foot passes through is counted, not only the one the test happens to see.
  await page.evaluate(`(() => {
    const foot = document.querySelector('.shell-foot');
    window.mostDone = 0;
    const count = () => {
      const n = (foot.textContent || '').split('导入完成').length - 1;
      window.mostDone = Math.max(window.mostDone, n);
    };
    new MutationObserver(count).observe(foot, { subtree: true, childList: true, characterData: true });
  })()`);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
  await expect(status(page)).toContainText(`导入完成：${files.length} 份通知写入台账`);
  // the bar's own 完成 would have stayed a second and a half beside the status line
  await page.waitForTimeout(2000);
  expect(await page.evaluate('window.mostDone')).toBe(1);

  const undo = page.getByTestId('undo-bar').locator('button').nth(0);
  const redo = page.getByTestId('undo-bar').locator('button').nth(1);
  await expect(undo).toHaveText(/^撤销：导入 5 份通知（\d+ 条，关联 \d+ 条）$/);
  await expect(undo).toHaveAccessibleName(/^撤销：导入 5 份通知（\d+ 条记录，关联已有 \d+ 条）$/);
  // nothing of it cut by the button's edge either
  const cut = await undo.evaluate((b) => b.scrollWidth > b.clientWidth);
  expect(cut).toBe(false);
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-import-foot.png') });

  await undo.click();
  await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
  await expect(status(page)).toContainText('已撤销：导入 5 份通知');
  const badges = page.getByTestId('file-preview').locator('.badge');
  await expect(badges).toHaveText(files.map(() => '已撤销'));
  await expect(page.getByTestId('import-undone-note')).toHaveCount(files.length);
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-import-undone.png') });

  await redo.click();
  await page.getByRole('dialog').getByRole('button', { name: '重做' }).click();
  await expect(status(page)).toContainText('已重做：导入 5 份通知');
  await expect(badges).toHaveText(files.map(() => '已导入'));
  await expect(page.getByTestId('import-undone-note')).toHaveCount(0);
});

test('an untitled notice is listed by what it is, marked, and given a title in its cell', async ({
  page,
  browserMode,
}) => {
  needSeeds();
  const [file] = seedFiles('004_');
  await importSeeds(page, browserMode.url, [file!]);
  await page.click('[data-nav="notices"]');
  const row = page.getByTestId('grid-notices').locator('.ag-row[row-index="0"]');
  const untitled = row.getByTestId('notice-untitled');
  await expect(untitled).toContainText('标题未识别');
  // its first line names it; the file name comes after, no longer first
  await expect(untitled.locator('.notice-untitled-name')).toHaveText(
    '大悟县全面推进基层政务公开标准化规范化工作方案',
  );
  await expect(untitled.locator('.notice-untitled-file')).toHaveText(path.basename(file!));
  // at 1280 both are in the cell: the name ends in …, the file is still seen beside it
  const cellBox = (await row.locator('[col-id="title"]').boundingBox())!;
  const fileBox = (await untitled.locator('.notice-untitled-file').boundingBox())!;
  expect(fileBox.x + fileBox.width).toBeLessThanOrEqual(cellBox.x + cellBox.width);
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-notice-untitled.png') });

  await row.locator('[col-id="title"]').dblclick();
  await page.keyboard.type('大悟县基层政务公开标准化规范化工作方案');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('已填写标题');
  await expect(row.locator('[col-id="title"]')).toHaveText(
    '大悟县基层政务公开标准化规范化工作方案',
  );
  await expect(page).toHaveURL(/#\/notices$/); // stored in place, the notice not opened

  await row.locator('[col-id="docNo"]').click();
  await page.keyboard.press('Control+Z');
  await expect(status(page)).toContainText('已撤销');
  await expect(row.getByTestId('notice-untitled')).toContainText('标题未识别');
});

test('实验区 at 1280: every column fits beside the filters; the filters fold away', async ({
  page,
  browserMode,
}) => {
  needSeeds();
  await importSeeds(page, browserMode.url, seedFiles());
  await page.click('[data-nav="zones"]');
  const grid = page.getByTestId('grid-zone');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  // The room right of the pinned columns (名称, 地区), up to the vertical scroll bar.
  const room = () =>
    grid.evaluate((g) => {
      const pinned = g.querySelector('.ag-header-cell-last-left-pinned')!.getBoundingClientRect();
      const bar = g.querySelector('.ag-body-vertical-scroll')?.getBoundingClientRect();
      const end = bar && bar.width > 0 ? bar.left : g.getBoundingClientRect().right;
      return end - pinned.right;
    });
  // The columns scrolled beside them, with their widths.
  const widths = () =>
    grid.evaluate((g) => {
      const pinned = g.querySelector('.ag-header-cell-last-left-pinned')!.getBoundingClientRect();
      return [...g.querySelectorAll('.ag-header-cell')]
        .map((c) => [c.getAttribute('col-id'), c.getBoundingClientRect()] as const)
        .filter(([, r]) => r.left >= pinned.right - 1)
        .map(([id, r]) => [id, r.width] as const);
    });
  // scrolled to, each column is read whole: none is wider than the room beside the pinned ones
  const centre = await room();
  for (const [id, width] of await widths()) expect(width, id ?? '').toBeLessThanOrEqual(centre);
  expect((await widths()).map(([id]) => id)).toContain('region');
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-zones-1280.png') });

  // Ctrl+F from a chosen cell goes to the search, the cell left as it was
  const cell = grid.locator('.ag-row[row-index="0"] [col-id="seq"]');
  const before = await cell.innerText();
  await cell.click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('12');
  const search = page.getByRole('searchbox', { name: '搜索' });
  await expect(search).toHaveValue('12');
  await expect(grid.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await search.fill('');
  await expect(page.locator('.page-subtitle')).toHaveText('共 31 条');
  await expect(grid.locator('.ag-row[row-index="0"] [col-id="seq"]')).toHaveText(before);

  // Ticking rows leaves the toolbar on one row: the grid does not move under the pointer.
  const top = (await grid.boundingBox())!.y;
  const all = grid.getByLabel('全选当前显示的记录');
  await all.click(); // every row ticked: a two-digit count
  await expect(page.getByRole('button', { name: '批量修改（31）' })).toBeEnabled();
  expect((await grid.boundingBox())!.y).toBe(top);
  const last = (await page.getByRole('button', { name: '整理取值' }).boundingBox())!;
  const searchBox = (await page.getByTestId('grid-search').boundingBox())!;
  expect(Math.abs(last.y + last.height / 2 - (searchBox.y + searchBox.height / 2))).toBeLessThan(4);
  await all.click(); // and none again
  await expect(page.getByRole('button', { name: '批量修改' })).toBeDisabled();

  const facets = page.getByTestId('facets');
  await facets.getByRole('checkbox', { name: /江苏省/ }).check();
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await facets.getByRole('button', { name: '收起' }).click();
  const strip = facets.getByRole('button', { name: /筛选/ });
  await expect(strip).toHaveAttribute('title', '展开筛选（已勾选 1 项）');
  expect((await facets.boundingBox())!.width).toBeLessThan(48);
  await expect.poll(room).toBeGreaterThan(centre + 120);
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-zones-folded.png') });
  // folded it stays, after another page
  await page.click('[data-nav="cases"]');
  await page.click('[data-nav="zones"]');
  await expect(page.getByTestId('facets').getByRole('button', { name: /筛选/ })).toBeVisible();
  await page.getByTestId('facets').getByRole('button', { name: /筛选/ }).click();
  await expect(page.getByTestId('facets').getByRole('checkbox', { name: /江苏省/ })).toBeChecked();
});

test('a Word export with no 填报单位 warns that its 版记 will be missing, and still goes', async ({
  page,
  browserMode,
}) => {
  await commitPreview(page, await previewNotice(page, browserMode.url));
  await page.click('[data-nav="export"]');
  await expect(page.getByRole('radio', { name: /Word/ })).toBeChecked();
  const warning = page.getByTestId('export-unit-blank');
  await expect(warning).toContainText('填报单位未填写：Word 文件末尾将没有版记（印发机关和日期）');
  const button = page.getByRole('button', { name: '导出', exact: true });
  await expect(button).toBeEnabled();
  await expect(button).toHaveAttribute('aria-describedby', 'export-warned');
  await page.screenshot({ path: path.join(screenshotDir, 'walk65-word-unit-blank.png') });
  await page
    .getByRole('textbox', { name: '填报单位' })
    .fill('河北省民政厅基层政权建设和社区治理处');
  await expect(warning).toBeHidden();
  await page.getByRole('textbox', { name: '填报单位' }).fill('');
  await expect(warning).toBeVisible();
  await button.click();
  await expect(page.locator('.done-note')).toContainText('已导出 4 条');
});

test('the filters fold and unfold from the keyboard, the focus kept on the button that undoes it', async ({
  page,
  browserMode,
}) => {
  await commitPreview(page, await previewNotice(page, browserMode.url));
  await page.click('[data-nav="zones"]');
  const facets = page.getByTestId('facets');
  await facets.getByRole('button', { name: '收起' }).focus();
  await page.keyboard.press('Enter');
  const strip = facets.getByRole('button', { name: /筛选/ });
  await expect(strip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(facets.getByRole('button', { name: '收起' })).toBeFocused();
});
