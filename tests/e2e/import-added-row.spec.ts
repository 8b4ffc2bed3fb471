/**
 * The import preview as a review step (issue #17): a row the parser missed is added by
 * hand — its region code found as it is typed, in the notice's province as the commit finds
 * it, counted in the notice's summary line, marked 手工补录, editable and removable —
 * and committed with the notice as one operation; the ledger holds it, one undo of the
 * import takes it away with the notice, redo brings it back, and its record panel says it
 * was added by the reviewer rather than quoting a sentence.
 */
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { previewNotice } from './support/seed-notice';

const SHOTS = process.env.SHOTS_DIR ?? path.join(os.tmpdir(), 'shots-17');
const TITLE = '探索网格议事制度';

test('a row added by hand in the preview is committed, undone and redone with the import', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);

  const summary = preview.getByTestId('notice-changes');
  await expect(summary).toContainText('本通知将新建 4 条记录，');
  const add = preview.getByRole('button', { name: /补录一行/ });
  await add.click();
  const row = preview.getByTestId('added-row');
  await expect(row).toHaveCount(1);
  // The summary counts the row to come with the listed ones.
  await expect(summary).toContainText('本通知将新建 5 条记录（含手工补录 1 条），');
  await expect(row.locator('.badge')).toHaveText('手工补录');
  // Nothing is committed while the row has no 名称.
  const commit = page.getByRole('button', { name: /确认导入/ });
  await expect(commit).toBeDisabled();
  await expect(row).toContainText('请填写名称／主题');

  // The region code follows the typing.
  await row.getByLabel('地区').fill('邯郸市');
  await expect(row.getByTestId('preview-region-code')).toHaveText('130400');
  await row.getByLabel('地区').fill('邯郸市丛台区');
  await expect(row.getByTestId('preview-region-code')).toHaveText('130403');
  await row.getByLabel('名称／主题').fill(TITLE);
  await row.getByLabel('单位').fill('丛台区民政局');
  await row.getByLabel('年度').fill('2021');

  // A second row, then removed again before the commit. Its 长安区 is in 石家庄 and in
  // 西安: resolved inside the notice's province (河北省), as the commit resolves it.
  await add.click();
  const second = preview.getByTestId('added-row').nth(1);
  await expect(preview.getByTestId('added-row')).toHaveCount(2);
  await expect(summary).toContainText('本通知将新建 6 条记录（含手工补录 2 条），');
  await second.getByLabel('名称／主题').fill('多余的一行');
  await second.getByLabel('地区').fill('长安区');
  await expect(second.getByTestId('preview-region-code')).toHaveText('130102');
  await expect(second.getByTestId('preview-region-code')).toHaveAttribute(
    'title',
    '河北省石家庄市长安区',
  );
  await page.screenshot({ path: path.join(SHOTS, 'import-added-row.png'), fullPage: true });
  await second.getByRole('button', { name: '删除' }).click();
  await expect(preview.getByTestId('added-row')).toHaveCount(1);
  await expect(summary).toContainText('本通知将新建 5 条记录（含手工补录 1 条），');

  await expect(commit).toBeEnabled();
  await commit.click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
  // After the commit the line is the ledger's own count, the added row among the new ones.
  await expect(summary).toContainText('本通知新建 5 条记录，');

  // On the ledger: the four listed zones and the added one, in one import operation.
  const zones = () => ledgerCall(page, 'records/list', { kind: 'zone' });
  const stored = await zones();
  expect(stored).toHaveLength(5);
  const added = stored.find((r) => r.title === TITLE)!;
  expect(added).toMatchObject({
    regionCode: '130403',
    unit: '丛台区民政局',
    year: 2021,
    batch: '第三批',
  });
  expect(stored.some((r) => r.title === '多余的一行')).toBe(false);
  const ops = await ledgerCall(page, 'history/list', {});
  expect(ops.filter((o) => o.kind === 'import')).toHaveLength(1);

  // Its provenance is the reviewer, said plainly in the record panel.
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 5 条');
  await page
    .getByTestId('grid-zone')
    .locator('.ag-row', { hasText: TITLE })
    .locator('[col-id="title"]')
    .click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel.getByTestId('added-by-hand')).toContainText('手工补录');
  await expect(panel.locator('blockquote')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'import-added-row-panel.png') });

  // One undo of the import removes the row with the notice; redo brings both back.
  await ledgerCall(page, 'history/undo', {});
  expect(await zones()).toEqual([]);
  await ledgerCall(page, 'history/redo', {});
  const back = await zones();
  expect(back).toHaveLength(5);
  expect(back.find((r) => r.title === TITLE)).toMatchObject({ regionCode: '130403' });
});
