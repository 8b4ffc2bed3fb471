/**
 * What tripped a clerk after the sixty-fifth round's walk: 区划 cut at the window's edge beside
 * the open filters at 1280 px, the export bar over the foot, a long title refused (or cut) and
 * shown whole nowhere, an untitled import named by its file on the undo button and in the
 * history, and the foot's finished bar cleared by any words in the status line.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { commitPreview } from './support/commit-preview';
import { previewNotice } from './support/seed-notice';

const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
const seedFiles = (only?: string) =>
  readdirSync(seeds)
    .filter((f) => !f.startsWith('.') && (!only || f.startsWith(only)))
    .map((f) => path.join(seeds, f));
const needSeeds = () => test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');

async function importSeeds(page: Page, url: string, files: string[]) {
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
}

const status = (page: Page) => page.getByTestId('status-line');
const undoButton = (page: Page) => page.getByTestId('undo-bar').locator('button').nth(0);

test('1280 with the filters open: every column up to 区划（名称与代码） whole, on all three lists', async ({
  page,
  browserMode,
}) => {
  needSeeds();
  await page.setViewportSize({ width: 1280, height: 720 });
  await importSeeds(page, browserMode.url, seedFiles());
  for (const [nav, kind] of [
    ['zones', 'zone'],
    ['cases', 'case'],
    ['observations', 'observation'],
  ] as const) {
    await page.click(`[data-nav="${nav}"]`);
    const grid = page.getByTestId(`grid-${kind}`);
    await expect(grid.locator('.ag-row').first()).toBeVisible();
    await expect(page.getByTestId('facets').getByRole('button', { name: '收起' })).toBeVisible();
    // Unscrolled: each header up to 区划 ends inside the room left of the vertical scroll bar.
    const cut = await grid.evaluate((g) => {
      const bar = g.querySelector('.ag-body-vertical-scroll')?.getBoundingClientRect();
      const end = bar && bar.width > 0 ? bar.left : g.getBoundingClientRect().right;
      const ids = ['title', 'regionText', 'seq', 'regionCode', 'region'];
      return ids
        .map((id) => [id, g.querySelector(`.ag-header-cell[col-id="${id}"]`)] as const)
        .filter(([, c]) => !c || c.getBoundingClientRect().right > end + 0.5)
        .map(([id]) => id);
    });
    expect(cut, nav).toEqual([]);
    // the region's names over its code, both read in the cell
    const region = grid.locator('.ag-row[row-index="0"] [col-id="region"]');
    await expect(region.locator('.region-cell-codes')).toHaveText(/^\d{6}/);
    await page.screenshot({ path: path.join(screenshotDir, `walk66-${nav}-1280.png`) });
  }
});

test('nothing overlaps the foot at 1280×720, 1366×768 and 1440×900', async ({
  page,
  browserMode,
}) => {
  await commitPreview(page, await previewNotice(page, browserMode.url));
  const foot = page.locator('.shell-foot');
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.click('[data-nav="export"]');
    const bar = page.locator('.export-actions');
    await expect(bar.getByRole('button', { name: '导出', exact: true })).toBeVisible();
    for (const end of ['top', 'bottom'] as const) {
      await page
        .locator('main.content')
        .evaluate((m, e) => m.scrollTo(0, e === 'top' ? 0 : m.scrollHeight), end);
      const top = (await foot.boundingBox())!.y;
      const b = (await bar.boundingBox())!;
      expect(b.y + b.height, `${width}×${height}, scrolled to the ${end}`).toBeLessThanOrEqual(
        top + 0.5,
      );
      // the button is the topmost thing where it stands: nothing lies over it
      const button = bar.getByRole('button', { name: '导出', exact: true });
      const c = (await button.boundingBox())!;
      const [x, y] = [c.x + c.width / 2, c.y + c.height - 2];
      const hit = await page.evaluate(
        `document.elementFromPoint(${x}, ${y})?.closest('button')?.textContent ?? null`,
      );
      expect(hit).toBe('导出');
    }
    await page.screenshot({ path: path.join(screenshotDir, `walk66-export-${width}.png`) });
    await page.click('[data-nav="zones"]');
    const grid = (await page.getByTestId('grid-zone').boundingBox())!;
    expect(grid.y + grid.height).toBeLessThanOrEqual((await foot.boundingBox())!.y + 0.5);
  }
});

test('a 600-character notice title is kept whole: cut with … in the list, whole on hover and on its page; past the limit a Chinese refusal', async ({
  page,
  browserMode,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await commitPreview(page, await previewNotice(page, browserMode.url));
  const long = `关于确认第三批省级社区治理创新实验区${'并推进城乡社区协商议事规范化建设'.repeat(36)}的通知`;
  expect([...long].length).toBeGreaterThan(500);
  await page.click('[data-nav="notices"]');
  await page
    .getByTestId('grid-notices')
    .locator('.ag-row[row-index="0"] [col-id="title"]')
    .dblclick();
  await page.getByRole('button', { name: '修改通知信息' }).click();
  const form = page.getByRole('form', { name: '修改通知信息' });
  await form.getByLabel('标题').fill(long);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(status(page)).toContainText('已保存通知信息');
  // whole on its own page
  await expect(page.locator('.page-header h1')).toHaveText(long);
  // the undo button's words end in …, the whole sentence in its tooltip's name
  await expect(undoButton(page)).toHaveText(/…/);

  await page.getByRole('button', { name: '返回通知列表' }).click();
  const cell = page.getByTestId('grid-notices').locator('.ag-row[row-index="0"] [col-id="title"]');
  await expect(cell).toHaveText(long);
  const shown = await cell.evaluate((c) => {
    const value = c.querySelector('.ag-cell-value') ?? c;
    return {
      cut: value.scrollWidth > value.clientWidth,
      ellipsis: c.ownerDocument.defaultView?.getComputedStyle(value).textOverflow,
    };
  });
  expect(shown).toEqual({ cut: true, ellipsis: 'ellipsis' });
  await cell.hover();
  await expect(page.locator('.ag-tooltip')).toHaveText(long);
  await page.screenshot({ path: path.join(screenshotDir, 'walk66-long-title.png') });

  // past the limit: refused in words a clerk reads, the title kept as it was
  await cell.dblclick();
  await page.getByRole('button', { name: '修改通知信息' }).click();
  await form.getByLabel('标题').fill('社'.repeat(2001));
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('.error-note')).toContainText('标题有 2001 字，超过上限 2000 字');
  await expect(form.locator('.error-note')).not.toContainText('string');
  await expect(form.getByLabel('标题')).toHaveValue('社'.repeat(2001)); // never cut in the field
  await form.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('.page-header h1')).toHaveText(long);
});

test('an untitled import is named by its first line on the undo button, in the history and on its page', async ({
  page,
  browserMode,
}) => {
  needSeeds();
  await page.setViewportSize({ width: 1280, height: 720 });
  const [file] = seedFiles('004_');
  const name = '大悟县全面推进基层政务公开标准化规范化工作方案';
  await importSeeds(page, browserMode.url, [file!]);
  await expect(undoButton(page)).toHaveAccessibleName(`撤销：导入《${name}》（3 条记录）`);
  await page.click('[data-nav="history"]');
  const history = page.locator('main.content');
  await expect(history).toContainText(`导入《${name}》`);
  await expect(history).not.toContainText(path.basename(file!));
  await page.click('[data-nav="notices"]');
  const row = page.getByTestId('grid-notices').locator('.ag-row[row-index="0"]');
  await expect(row.getByTestId('notice-untitled').locator('.notice-untitled-name')).toHaveText(
    name,
  );
  await row.locator('[col-id="docNo"]').dblclick();
  await expect(page.locator('.page-header h1')).toHaveText(name);
  await page.screenshot({ path: path.join(screenshotDir, 'walk66-untitled-page.png') });
});

test('the foot’s finished bar stays its moment when the status line says something else', async ({
  page,
  browserMode,
}) => {
  // The backend's progress reports fed by hand, on a clock the test moves.
  await page.addInitScript(`
    window.progress = {
      subscribe(listener) {
        window.feedProgress = listener;
        return () => {};
      },
    };
  `);
  await page.clock.install();
  await page.goto(browserMode.url);
  await page.click('[data-nav="zones"]');
  const feed = (done: number) =>
    page.evaluate(`window.feedProgress({ method: 'export/create', done: ${done}, total: 1 })`);
  await feed(0);
  await page.clock.runFor(500);
  const bar = page.getByTestId('progress-line');
  await expect(bar).toContainText('正在导出');
  await feed(1);
  await expect(bar).toContainText('导出完成');
  // Ctrl+S's note says nothing of how the export ended: the bar's 导出完成 stays
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('不必另存');
  await expect(bar).toContainText('导出完成');
  await page.clock.runFor(2000);
  await expect(bar).toBeHidden();
});

test('a search typed and taken back leaves the ticked rows ticked', async ({
  page,
  browserMode,
}) => {
  await commitPreview(page, await previewNotice(page, browserMode.url));
  await page.click('[data-nav="zones"]');
  const grid = page.getByTestId('grid-zone');
  await expect(grid.locator('.ag-row')).toHaveCount(4);
  await grid.getByLabel('全选当前显示的记录').click();
  await expect(page.getByRole('button', { name: '批量修改（4）' })).toBeEnabled();
  // a key pressed in the search and taken back at once: the view is the same, the ticks stay
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.click();
  await page.keyboard.type('栖');
  await page.keyboard.press('Backspace');
  await expect(search).toHaveValue('');
  await page.waitForTimeout(800); // past the search's 250 ms pause, when it would reload
  await expect(page.getByRole('button', { name: '批量修改（4）' })).toBeEnabled();
  await expect(grid.locator('.ag-row-selected')).toHaveCount(4);
  // a search that changes the view still clears them: ticks on hidden rows would act unseen
  await search.fill('栖霞');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await expect(page.getByRole('button', { name: '批量修改' })).toBeDisabled();
});
