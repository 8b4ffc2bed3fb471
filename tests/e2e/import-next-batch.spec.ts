/**
 * A new staff member imports a confirmation, then, still on the import page, picks the
 * acceptance notice that follows it: the notice already imported folds to its header and
 * counts (its rows one click away), so the new preview is what the page shows, not the
 * earlier notice's rows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { HEBEI_ZONES } from '../support/sample-notice';

// The same zones' acceptance, two years on: it joins the three zones the list created.
const ACCEPTANCE = `河北省民政厅关于第二批省级社区治理创新实验区结项验收结果的通报
各市（含定州、辛集市）民政局：
经组织专家评审，现将第二批省级社区治理创新实验区结项验收结果通报如下：
石家庄市长安区、保定市竞秀区、唐山市路北区通过结项验收。
河北省民政厅
2023年9月1日
`;

test('the next batch shows first: the notice already imported folds to its counts', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-next-batch-'));
  const list = path.join(dir, '第二批实验区.txt');
  const accepted = path.join(dir, '结项验收.txt');
  writeFileSync(list, HEBEI_ZONES);
  writeFileSync(accepted, ACCEPTANCE);

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', list);
  const first = page.locator('[data-testid="file-preview"][data-file="第二批实验区.txt"]');
  await expect(first.locator('.badge')).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(first.locator('.badge')).toHaveText('已导入');
  await expect(first.locator('.preview-table')).toBeVisible();

  // Still on the page, the next notice.
  await page.setInputFiles('[data-testid="import-file-input"]', accepted);
  const next = page.locator('[data-testid="file-preview"][data-file="结项验收.txt"]');
  await expect(next.locator('.badge')).toHaveText('待确认');
  await expect(next).toBeInViewport();
  await expect(first.locator('.preview-table')).toHaveCount(0);
  await expect(first).toContainText('本通知新建 3 条记录');
  await page.screenshot({ path: path.join(screenshotDir, 'import-next-batch.png') });

  // Its rows are one click away.
  await first.getByRole('button', { name: '展开本通知的 3 条记录和提示' }).click();
  await expect(first.locator('.preview-table tbody tr')).toHaveCount(3);

  // By keyboard too: the focus stays on the fold's button, which now folds them again (it
  // was lost to the page when the button went away with the rows shown).
  const fold = first.getByRole('button', { name: '收起本通知的记录和提示' });
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(first.locator('.preview-table')).toHaveCount(0);
  const again = first.getByRole('button', { name: '展开本通知的 3 条记录和提示' });
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.locator('.preview-table tbody tr')).toHaveCount(3);
  await expect(fold).toBeFocused();
});
