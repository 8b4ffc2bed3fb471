/**
 * A staff member's second month: the later notices of a provincial batch (its news item, a
 * revocation, an extension, the acceptance) join the zones the confirmation made. She finds
 * the batch by its programme's name, sees nothing overdue once it is accepted, and undoing the
 * acceptance says the zones stay (only its sources and status changes go); the home page
 * counts what each later notice joined, not "0" or "9 条记录" new ones.
 */
import { expect, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';
import { openSeriesImport } from './support/series-import-page';

const PROGRAMME = '湖北省社区治理和服务创新实验区';

test('later notices join a batch: found by its programme, nothing overdue, an undo that keeps the zones', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(240_000);
  const { files, shoot, input, previews } = await openSeriesImport(
    page,
    browserMode,
    'hubei-provincial-zones-2019',
  );
  const stems = ['01-confirmation', '02-news', '03-revocation', '04-extension', '05-acceptance'];
  for (const [i, stem] of stems.entries()) {
    await input.setInputFiles(files[stem]!);
    await expect(previews.nth(i).locator('.badge')).toHaveText('待确认');
    if (i > 0)
      await expect(previews.nth(i).getByTestId('notice-changes')).toContainText('新建 0 条记录');
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect(previews.nth(i).locator('.badge')).toHaveText('已导入');
  }

  // The programme's name typed whole finds the batch; a place narrows it.
  await page.click('[data-nav="zones"]');
  const search = page.getByTestId('grid-search');
  await search.fill(PROGRAMME);
  await expect(page.locator('.page-subtitle')).toHaveText('共 10 条');
  await search.fill(`${PROGRAMME} 宣恩`);
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await shoot('second-month-programme-search.png');

  // Accepted (or revoked), the batch owes nothing.
  await page.click('[data-nav="deadlines"]');
  await expect(page.getByRole('region', { name: '已逾期' }).locator('.count')).toHaveText('0');

  // 首页 counts what the later notices joined.
  await page.click('[data-nav="home"]');
  const recent = page.locator('.home-card').filter({ hasText: '最近导入' });
  await expect(recent.locator('li').first()).toContainText('（关联已有 9 条记录）');
  await expect(recent.locator('li').last()).toContainText('（10 条记录）');

  // Undoing the acceptance: the zones stay, its sources and status changes go.
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('关联的 9 条已有记录本身保留');
  await expect(dialog).not.toContainText('9 条记录将从台账中移除');
  await shoot('second-month-undo-acceptance.png');
  await dialog.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('status-line')).toContainText('已撤销');
  const zones = await ledgerCall(page, 'records/list', { kind: 'zone' });
  expect(zones).toHaveLength(10);
  expect(zones.filter((z) => z.status?.startsWith('已验收'))).toHaveLength(0);

  // Its redo says the same of the zones it comes back to.
  await page.locator('h1').click();
  await page.keyboard.press('Control+y');
  await expect(dialog).toContainText('已有记录添加的来源和状态变化一并恢复');
  await expect(dialog).not.toContainText('9 条记录将重新放回');
  await dialog.getByRole('button', { name: '重做' }).click();
  await expect(page.getByTestId('status-line')).toContainText('已重做');
});
