/**
 * What tripped a clerk working from the keyboard after the sixty-ninth round: once 确认导入
 * wrote the previews, the button went with them and the focus was nowhere, so the next step
 * (looking at the new records) began with the mouse. The focus now goes to 新增 N, and the grid
 * that opens takes it on its first row. And 导入完成 after a second notice that only joined the
 * first one's records said 新增 4: it summed every notice committed on the page.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { importMore } from './support/import-more';
import { noticeFiles } from './support/notice-files';
import { previewNotice } from './support/seed-notice';

// Runs in the page (the Node-side tsconfig has no DOM types, hence a string).
const focusedCell = (page: Page) =>
  page.evaluate(`(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    const row = cell?.closest('.ag-row')?.getAttribute('row-index');
    return cell ? row + ':' + cell.getAttribute('col-id') : null;
  })()`) as Promise<string | null>;

test('after 确认导入 by keyboard the focus is on 新增 N; Enter opens the grid on its first row', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await page.getByTestId('commit-at-foot').focus();
  await page.keyboard.press('Enter');
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  const added = page.getByTestId('commit-summary').getByRole('link', { name: '新增 4' });
  await expect(added).toBeFocused();
  await page.screenshot({ path: path.join(screenshotDir, 'walk70-focus-after-commit.png') });

  await page.keyboard.press('Enter');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect.poll(() => focusedCell(page)).toBe('0:regionText');
  await page.keyboard.press('ArrowDown');
  expect(await focusedCell(page)).toBe('1:regionText');

  // A grid opened with the focus somewhere (the menu link clicked) leaves it there.
  await page.click('[data-nav="cases"]');
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect(page.locator('.ag-row').first()).toBeVisible();
  await expect(page.locator('[data-nav="zones"]')).toBeFocused();
  expect(await focusedCell(page)).toBeNull();
});

const ACCEPTANCE = `关于第三批省级社区治理创新实验区结项验收结果的通知
各市民政局：
现将第三批省级社区治理创新实验区结项验收结果通知如下：
石家庄市长安区、南京市栖霞区验收结果为优秀；保定市竞秀区、苏州市姑苏区验收结果为合格。
河北省民政厅
2023年9月15日
`;

test('导入完成 after a later notice counts what that notice did, not the batch before it', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  const summary = page.getByTestId('commit-summary');
  await expect(summary).toContainText('新增 4、关联 0');

  await importMore(page, noticeFiles({ '验收结果.txt': ACCEPTANCE }));
  await expect(summary).toContainText('新增 0、关联 4、状态变更 4');
  await page.screenshot({ path: path.join(screenshotDir, 'walk70-second-commit.png') });
});

const FOURTH_BATCH = `关于确认第四批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第四批省级社区治理创新实验区：
1.唐山市路北区——打造楼院议事平台
2.无锡市梁溪区——推行社区协商清单
河北省民政厅
2022年7月1日
`;

test('新增 N after a second import opens the grid on that import’s records, not the first’s', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');

  await importMore(page, noticeFiles({ '第四批实验区.txt': FOURTH_BATCH }));
  const added = page.getByTestId('commit-summary').getByRole('link', { name: '新增 2' });
  const link = (await added.getAttribute('href')) ?? '';
  await added.click();

  // The ledger lists by id: unnarrowed, the two new zones would be rows 5 and 6.
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  const grid = page.getByTestId('grid-zone');
  await expect(grid.locator('.ag-row [col-id="regionText"]')).toHaveText([
    '唐山市路北区',
    '无锡市梁溪区',
  ]);
  const narrowed = page.getByTestId('facet-notices');
  await expect(narrowed).toContainText('仅本次导入的通知（1 份）新增的');
  await page.screenshot({ path: path.join(screenshotDir, 'walk70-added-link-narrowed.png') });
  // The narrowing is this visit's: the grid opened again (a restart) lists the whole ledger.
  await page.goto(browserMode.url);
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 6 条');
  await expect(narrowed).toHaveCount(0);
  // And the link opens it narrowed again, let go by its box.
  await page.goto(`${browserMode.url}${link}`);
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await narrowed.getByRole('checkbox').click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 6 条');
  await expect(narrowed).toHaveCount(0);
});
