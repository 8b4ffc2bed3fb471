/**
 * A row corrected under a search stays in view: searching 长安区 and correcting the region to
 * 南京市栖霞区 (or, typing over it, the title away from the searched words) keeps the row on screen, 共 1 条,
 * as a spreadsheet keeps the row being typed in; a new search shows what it finds.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { importNotice } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const subtitle = (page: Page) => page.locator('.page-subtitle');
const search = (page: Page) => page.getByTestId('grid-search');

test('an edited row stays in view until the search changes', async ({ page, browserMode }) => {
  await importNotice(page, browserMode.url);

  await search(page).fill('长安区');
  await expect(subtitle(page)).toHaveText('共 1 条');
  await expect(cell(page, 0, 'regionText')).toHaveText('石家庄市长安区');

  // The region corrected so the search no longer finds it: the row stays, corrected.
  await cell(page, 0, 'regionText').click();
  await page.keyboard.press('F2');
  await expect(page.locator('.region-editor input')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('栖霞区');
  await expect(page.locator('.region-suggestions li').first()).toContainText('南京市栖霞区');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'region')).toContainText('320113');
  await expect(subtitle(page)).toHaveText('共 1 条');
  await expect(cell(page, 0, 'regionText')).toHaveText('江苏省南京市栖霞区');

  // Typed over and Enter, as in Excel: the title no longer holds the searched words either.
  await search(page).fill('议事会');
  await expect(cell(page, 0, 'regionText')).toHaveText('保定市竞秀区');
  await expect(subtitle(page)).toHaveText('共 1 条');
  await cell(page, 0, 'title').click();
  await page.keyboard.type('推行小区协商制度');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'title')).toHaveText('推行小区协商制度');
  await expect(subtitle(page)).toHaveText('共 1 条');
  await expect(page.getByTestId('grid-nothing-found')).toHaveCount(0);

  // A new search shows what it finds: the edited rows are kept no longer.
  await search(page).fill('长安区');
  await expect(subtitle(page)).toHaveText('共 0 条');
  await search(page).fill('议事会');
  await expect(subtitle(page)).toHaveText('共 0 条');
  await search(page).fill('');
  await expect(subtitle(page)).toHaveText('共 4 条');
});
