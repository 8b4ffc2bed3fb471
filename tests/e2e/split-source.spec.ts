import path from 'node:path';
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { openSeriesImport } from './support/series-import-page';

/**
 * A wrong join's way out: after a confirmation and an acceptance that joined its zones, the
 * acceptance's source on one zone is split off (拆出为新记录) from the record panel. Both
 * records are checked in the ledger, then one Ctrl+Z puts the zone back as it was, and the same
 * source is moved onto another zone picked by its place (改关联到…).
 */
test('a joined source is split off onto a new record from the panel, Ctrl+Z takes it back, and 改关联到… moves it', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const { files, shoot, input, previews } = await openSeriesImport(
    page,
    browserMode,
    'national-zones-2019',
  );
  await input.setInputFiles(files['01-confirmation']!);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(previews.nth(0).locator('.badge')).toHaveText('已导入');
  await input.setInputFiles(files['04-acceptance']!);
  await expect(previews.nth(1).getByTestId('notice-changes')).toContainText('状态变更 31 条');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(previews.nth(1).locator('.badge')).toHaveText('已导入');

  const zones = () => ledgerCall(page, 'records/list', { kind: 'zone' });
  const joined = await zones();
  expect(joined).toHaveLength(31);

  await page.click('[data-nav="zones"]');
  await page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]').click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel.getByRole('heading', { name: '来源（2）' })).toBeVisible();
  const sources = panel.getByTestId('panel-source');
  // The confirmation made the record: it says why it cannot go; the acceptance can.
  await expect(sources.nth(0).getByTestId('split-blocked')).toContainText('建立这条记录的来源');
  const split = sources.nth(1).getByRole('button', { name: '拆出为新记录' });
  await expect(split).toBeVisible();
  const heading = (await panel.locator('h2').textContent()) ?? '';
  await sources.nth(1).scrollIntoViewIfNeeded();
  await shoot('panel-split-before.png');

  await split.click();
  await expect(page.getByTestId('status-line')).toContainText('已拆出为新记录');
  await expect(panel.getByRole('heading', { name: '来源（1）' })).toBeVisible();
  await expect(panel.getByTestId('split-blocked')).toContainText('只有这一处来源');
  await expect(panel.locator('.link-list')).toContainText('已判定为不重复');
  await expect(panel.getByTestId('record-history')).toContainText('拆出为新记录');

  // In the ledger: one zone more; the new one holds the acceptance and its status, the old
  // one only its confirmation and is no longer accepted.
  const after = await zones();
  expect(after).toHaveLength(32);
  const born = after.find((z) => !joined.some((j) => j.id === z.id))!;
  expect(born.status).toMatch(/^已验收/);
  expect(born.mentions.map((m) => m.file)).toEqual([path.basename(files['04-acceptance']!)]);
  const left = after.filter((z) => z.regionText === born.regionText && z.id !== born.id);
  expect(left).toHaveLength(1);
  expect(left[0]!.status ?? '').not.toMatch(/^已验收/);
  expect(left[0]!.mentions.map((m) => m.file)).toEqual([path.basename(files['01-confirmation']!)]);
  await panel.evaluate((el) => el.scrollTo({ top: 0 }));
  await shoot('panel-split-after.png');

  // One Ctrl+Z (the focus on the page, not a text field): the ledger is as before the split.
  await panel.locator('h2').click();
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('heading', { name: '来源（2）' })).toBeVisible();
  await expect(panel.locator('h2')).toHaveText(heading);
  expect(await zones()).toHaveLength(31);
  expect((await zones()).find((z) => z.id === left[0]!.id)!.status).toMatch(/^已验收/);

  // 改关联到…: the same source moves onto the zone it belongs to, found by its place.
  await panel.getByTestId('panel-source').nth(1).getByRole('button', { name: '改关联到…' }).click();
  await panel.getByLabel('搜索要关联的记录').fill('河北区');
  await panel.getByRole('button', { name: '搜索' }).click();
  const target = panel.locator('.join-candidates button', { hasText: '天津市河北区' }).first();
  await expect(target).toBeVisible();
  await shoot('panel-move-picker.png');
  await target.click();
  await expect(page.getByTestId('status-line')).toContainText('已改关联');
  await expect(panel.getByRole('heading', { name: '来源（1）' })).toBeVisible();
  const moved = await zones();
  expect(moved).toHaveLength(31);
  const hebei = moved.find((z) => z.regionText === '天津市河北区')!;
  expect(hebei.mentions.map((m) => m.file)).toEqual([
    path.basename(files['01-confirmation']!),
    path.basename(files['04-acceptance']!),
    path.basename(files['04-acceptance']!),
  ]);
});
