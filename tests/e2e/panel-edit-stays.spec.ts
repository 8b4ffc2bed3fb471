/**
 * What the record panel changes stays in the filtered grid, as a grid edit does: under
 * 多来源/重复/关联, 解除关联 from the panel leaves both records in view (共 2 条) rather than
 * emptying the grid under the still-open panel; a new filter shows what it finds.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice } from './support/seed-notice';

const cell = (page: Page, row: number, colId: string) =>
  page.getByTestId('grid-zone').locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const panel = (page: Page) => page.getByTestId('record-panel');
const subtitle = (page: Page) => page.locator('.page-subtitle');
const linkedFacet = (page: Page) => page.getByLabel(/多来源\/重复\/关联/);

test('a record unlinked from the panel stays in the 多来源/重复/关联 view until the filter changes', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const [first, second] = await ledgerCall(page, 'records/list', { kind: 'zone' });
  await ledgerCall(page, 'records/link', { ids: [first!.id, second!.id], relation: 'renamed' });
  await page.reload();
  await page.click('[data-nav="zones"]');

  await linkedFacet(page).check();
  await expect(subtitle(page)).toHaveText('共 2 条');
  await cell(page, 0, 'title').click();
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('.link-list li')).toHaveCount(1);
  await panel(page).getByRole('button', { name: '解除关联' }).click();
  await expect(page.getByTestId('status-line')).toContainText('已解除关联');
  await expect(panel(page).locator('.link-list li')).toHaveCount(0);

  // Both records stay in view, as after a grid edit, the panel's record among them.
  await expect(subtitle(page)).toHaveText('共 2 条');
  await expect(page.getByTestId('grid-nothing-found')).toHaveCount(0);
  await expect(cell(page, 0, 'title')).toHaveText(first!.title!);

  // A new filter shows what it finds: the unlinked records are kept no longer.
  await panel(page).getByRole('button', { name: '关闭' }).click();
  await linkedFacet(page).uncheck();
  await expect(subtitle(page)).toHaveText('共 4 条');
  await linkedFacet(page).check();
  await expect(subtitle(page)).toHaveText('共 0 条');
});
