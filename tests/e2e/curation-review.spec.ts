/**
 * Curation at spreadsheet speed (issue #17), the review steps: typing into a selected
 * cell edits it (a Chinese input method's composition included), each result checked on
 * the ledger itself.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { importNotice, previewNotice } from './support/seed-notice';

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

  // The region column's editor is a popup that takes a moment to open: letters typed fast
  // (pinyin to search the gazetteer) and a word committed right after another all arrive.
  // A slowed processor (a busy machine) widens the moment, so the race shows every run.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await cell(page, 0, 'regionText').click();
  await page.keyboard.type('nanjing');
  await expect(page.locator('.region-editor input')).toHaveValue('nanjing');
  await page.keyboard.press('Escape');
  await cell(page, 1, 'regionText').click();
  await page.keyboard.insertText('南京');
  await page.keyboard.insertText('市');
  await expect(page.locator('.region-editor input')).toHaveValue('南京市');
  await page.keyboard.press('Escape');
  // Enter right after the typing saves all of it.
  await cell(page, 2, 'regionText').click();
  await page.keyboard.insertText('南京');
  await page.keyboard.insertText('市');
  await page.keyboard.press('Enter');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect.poll(async () => (await shown(page, 2)).regionText).toBe('南京市');
});

test('words and layout: the toolbar is one line at 1366 px, 关闭 is one word, messages name records', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  const tops = await page
    .getByRole('toolbar', { name: '表格工具栏' })
    .evaluate((bar) =>
      [...bar.children]
        .filter((c) => c.getClientRects().length > 0)
        .map((c) =>
          Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2),
        ),
    );
  await page.screenshot({ path: path.join(SHOTS, 'toolbar.png') });
  // Centres of one line differ by a pixel or two (a select and a button); a second line is 30+ below.
  expect(Math.max(...tops) - Math.min(...tops), `centres ${tops.join(',')}`).toBeLessThan(8);

  // A view saved from the same list lands in the ledger's grid settings.
  await page.getByLabel('视图', { exact: true }).selectOption({ label: '保存当前视图…' });
  await page.getByLabel('视图名称').fill('河北的');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const settings = await ledgerCall(page, 'views/get', { grid: 'zone' });
  expect(settings.views.map((v) => v.name)).toContain('河北的');

  // An empty title: the message names the record by its place, never 《》 or a number.
  await ledgerCall(page, 'records/create', {
    kind: 'zone',
    fields: { regionText: '保定市竞秀区' },
  });
  await page.reload();
  await expect(page.locator('.page-subtitle')).toHaveText('共 5 条');
  await cell(page, 4, 'year').click();
  await page.keyboard.type('2023');
  await page.keyboard.press('Enter');
  // The edit is saved after Enter returns; on a busy machine the log may not have it yet.
  const latest = async () => (await ledgerCall(page, 'history/list', {}))[0]!.summary;
  await expect.poll(latest).toContain('修改「保定市竞秀区」的');
  expect(await latest()).not.toMatch(/《》|第 \d+ 条|记录 \d+/);
  await expect(page.getByTestId('status-line')).toContainText('修改「保定市竞秀区」的');

  await cell(page, 0, 'title').click();
  await page.keyboard.press('Enter');
  const close = page.getByTestId('record-panel').getByRole('button', { name: '关闭' });
  const box = (await close.boundingBox())!;
  expect(box.height).toBeLessThan(2 * 20); // one line of 14 px text and its padding
  await page.screenshot({ path: path.join(SHOTS, 'toolbar-one-line.png') });
});

test('home page: status and upcoming-deadline charts, each bar opening what it counts', async ({
  page,
  browserMode,
}) => {
  // A day inside the 2016 batch's three-year cycle: its past duties are overdue work then,
  // not history folded away (the home page counts only what is really outstanding).
  const asOf = '2017-06-01';
  await page.clock.setFixedTime(new Date(`${asOf}T09:00:00+08:00`));
  await importNotice(page, browserMode.url);
  const [a, b, c] = await zones(page);
  await ledgerCall(page, 'records/edit', {
    edits: [
      { id: a!.id, field: 'status', value: '已验收' },
      { id: b!.id, field: 'status', value: '已验收' },
      { id: c!.id, field: 'status', value: '实验中' },
    ],
  });
  // A notice with a three-year term plans deadlines, some past by now.
  const name = 'three-year-approval.txt';
  const dataBase64 = readFileSync(
    path.join(repoRoot, 'tests', 'fixtures', 'schedule', name),
  ).toString('base64');
  await ledgerCall(page, 'import/files', { files: [{ name, dataBase64 }] });

  await page.click('[data-nav="home"]');
  const status = page.getByTestId('home-status-chart');
  // Labels whole, counts of the status the grid shows: written, else read from the
  // milestones (the fourth zone has none due: 实验中; the 2016 zones are long past their
  // final report: 待验收), as the 状态 facet counts it.
  await expect(status.getByRole('link', { name: '已验收 2' })).toBeVisible();
  await expect(status.getByRole('link', { name: '实验中 2' })).toBeVisible();
  await expect(status.getByRole('link', { name: '待验收 3' })).toBeVisible();
  const due = await ledgerCall(page, 'deadlines/list', { asOf, withinDays: 186 });
  const overdue = due.filter((i) => i.status === 'overdue' && !i.historical).length;
  expect(overdue).toBeGreaterThan(0);
  const chart = page.getByTestId('home-deadline-chart');
  await expect(chart.getByRole('link', { name: `已逾期 ${overdue}` })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'home-status-deadlines.png'), fullPage: true });

  await status.getByRole('link', { name: '已验收 2' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  const titles = [
    await cell(page, 0, 'title').innerText(),
    await cell(page, 1, 'title').innerText(),
  ];
  expect(titles.sort()).toEqual([a!.title, b!.title].sort());
  await page.click('[data-nav="home"]');
  await status.getByRole('link', { name: '待验收 3' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 3 条');

  // The deadline bars open 期限 narrowed to what they count, not the whole list.
  await page.click('[data-nav="home"]');
  await chart.getByRole('link', { name: `已逾期 ${overdue}` }).click();
  await expect(page).toHaveURL(/#\/deadlines\?show=overdue$/);
  const shown = page.locator('.ms-row');
  await expect(page.getByTestId('deadline-filter')).toContainText(`只看已逾期的 ${overdue} 项`);
  await expect(shown).toHaveCount(overdue);
  await expect(page.locator('.ms-row:not(.ms-overdue)')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'deadlines-filtered-overdue.png') });

  // A month's bar: the open items ending that month, as the ledger lists them.
  const month = (i: (typeof due)[number]) => (i.endOn ?? i.dueOn).slice(0, 7);
  // The chart shows this month and the next five.
  const [ay, am] = asOf.split('-').map(Number) as [number, number];
  const lastShown = new Date(Date.UTC(ay, am - 1 + 5, 1)).toISOString().slice(0, 7);
  // A month with open items if the chart shows one, else this month (then none are listed,
  // while the whole list holds the overdue ones).
  const busy =
    due.map(month).find((mo, k) => due[k]!.status === 'pending' && mo <= lastShown) ??
    asOf.slice(0, 7);
  const inMonth = due.filter((i) => i.status === 'pending' && month(i) === busy);
  const [y, m] = busy.split('-').map(Number);
  await page.click('[data-nav="home"]');
  await chart.getByRole('link', { name: `${y}年${m}月 ${inMonth.length}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/deadlines\\?month=${busy}$`));
  await expect(shown).toHaveCount(inMonth.length);
  const keys = await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-milestone')));
  expect(keys.sort()).toEqual(inMonth.map((i) => i.key).sort());

  // 显示全部 goes back to the whole list.
  await page.getByTestId('deadline-filter').getByRole('link', { name: '显示全部' }).click();
  await expect(page.getByTestId('deadline-filter')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '已逾期' }).locator('.ms-row')).toHaveCount(
    overdue,
  );
});

test('import preview as a review step: the region code follows the typed region, a column cleared in bulk', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  const rows = preview.locator('.preview-table tbody tr');

  // The region retyped: its code is looked up as it is typed, before anything is written.
  await expect(rows.nth(1).getByTestId('preview-region-code')).toHaveText('130602');
  await rows.nth(1).locator('td').nth(3).locator('input').fill('南京市鼓楼区');
  await expect(rows.nth(1).getByTestId('preview-region-code')).toHaveText('320106');

  // The fourth row left out; the titles of the three others cleared in one step.
  await expect(preview.getByTestId('notice-changes')).toContainText('本通知将新建 4 条记录，');
  await rows.nth(3).getByRole('checkbox').uncheck();
  // The line counts what will be written: the row left out is no longer among the new ones.
  await expect(preview.getByTestId('notice-changes')).toContainText('本通知将新建 3 条记录，');
  const bulk = page.getByRole('group', { name: '批量修改要导入的行' });
  await bulk.getByLabel('要修改的列').selectOption({ label: '名称／主题' });
  await bulk.getByRole('button', { name: '清空 3 行' }).click();
  await expect(rows.nth(0).locator('.title-input')).toHaveValue('');
  await expect(rows.nth(3).locator('.title-input')).toHaveValue('完善老旧小区协商平台');
  await page.screenshot({ path: path.join(SHOTS, 'import-review.png'), fullPage: true });

  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');
  const stored = await zones(page);
  expect(stored).toHaveLength(3);
  // No title on any of them (the import keeps an extracted empty title as empty text).
  expect(stored.map((r) => r.title ?? '')).toEqual(['', '', '']);
  expect(stored.map((r) => r.regionCode)).toEqual(['130102', '320106', '320113']);
});
