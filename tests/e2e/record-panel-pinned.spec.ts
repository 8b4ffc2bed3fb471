/**
 * The record panel narrows the grid beside it. When the pinned columns no longer fit, the
 * row checkboxes and the name stay at the left edge; the columns nearest the centre are the
 * ones that scroll.
 */
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { importNoticeFile } from './support/seed-notice';

test('opening the record panel keeps the checkboxes and the name pinned', async ({
  page,
  browserMode,
}) => {
  await importNoticeFile(page, browserMode.url);
  await page.click('[data-nav="zones"]');
  const grid = page.getByTestId('grid-zone');
  const pinnedHeader = grid.locator('.ag-header .ag-grid-pinned-left-cells');
  await expect(pinnedHeader.locator('[col-id="title"]')).toBeVisible();

  await grid.locator('.ag-row[row-index="0"] [col-id="title"]').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-panel')).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'record-panel-pinned.png') });
  await expect(pinnedHeader.locator('[col-id="ag-Grid-SelectionColumn"]')).toHaveCount(1);
  await expect(pinnedHeader.locator('[col-id="title"]')).toHaveCount(1);
  // Only the region column went back to the scrolling part.
  await expect(pinnedHeader.locator('[col-id="regionText"]')).toHaveCount(0);
});
