/**
 * A clerk's first month: a record's 相关记录 open in the panel (at the top of the record
 * opened) and can be taken apart there (解除关联, undoable), and the search box still says
 * what it searches when rows are ticked at 1366 px.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice } from './support/seed-notice';

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
