/**
 * Curation at spreadsheet speed (issue #17), the review steps: typing into a selected
 * cell edits it (a Chinese input method's composition included), each result checked on
 * the ledger itself.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice } from './support/seed-notice';

const SHOTS = process.env.SHOTS_DIR ?? path.join(os.tmpdir(), 'shots-17');
const grid = (page: Page) => page.getByTestId('grid-zone');
const cell = (page: Page, row: number, colId: string) =>
  grid(page).locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
const zones = (page: Page) => ledgerCall(page, 'records/list', { kind: 'zone' });
const shown = async (page: Page, row: number) => {
  const seq = Number(await cell(page, row, 'seq').innerText());
  return (await zones(page)).find((r) => r.seq === seq)!;
};

test('typing into a selected cell edits it: a key, a committed character, an IME composition', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);

  // A plain key: its character is the first of the new value, not lost.
  await cell(page, 0, 'title').click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await shown(page, 0)).title).toBe('abc');

  // A character committed without a key press (handwriting pad, a character not on the keyboard).
  await cell(page, 1, 'title').click();
  await page.keyboard.insertText('议');
  await page.keyboard.type('事');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await shown(page, 1)).title).toBe('议事');

  // A Chinese input method: pinyin composes, then the chosen words are committed.
  await cell(page, 2, 'title').click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'shequ', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.insertText', { text: '社区' });
  await expect(grid(page).locator('.ag-cell-inline-editing input')).toHaveValue('社区');
  await cdp.send('Input.imeSetComposition', {
    text: 'xieshang',
    selectionStart: 8,
    selectionEnd: 8,
  });
  await cdp.send('Input.insertText', { text: '协商' });
  await page.screenshot({ path: path.join(SHOTS, 'ime-typing.png') });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await shown(page, 2)).title).toBe('社区协商');
  // The cell shows the saved value, with nothing the composition drew left in it.
  await expect(cell(page, 2, 'title')).toHaveText('社区协商');

  // The year column: a number typed is a number in the ledger.
  await cell(page, 3, 'year').click();
  await page.keyboard.type('2024');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await shown(page, 3)).year).toBe(2024);
});
