import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { HEBEI_ZONES as NOTICE } from '../support/sample-notice';

test('import a GB18030 notice: preview, correct, leave one out, commit, see it in the grid', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-import-'));
  const file = path.join(dir, '第二批实验区.txt');
  writeFileSync(file, iconv.encode(NOTICE, 'gb18030'));

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview');
  await expect(preview.locator('.badge')).toHaveText('待确认');
  await expect(preview.locator('td.code')).toHaveText(['130102', '130602', '130203']);
  await expect(preview.locator('.notice-meta')).toContainText('2021-06-30');

  // The title column is the widest; a title too long for it ends in … and shows whole on hover.
  const width = async (n: number) =>
    (await preview.locator('.preview-table th').nth(n).boundingBox())?.width ?? 0;
  expect(await width(5)).toBeGreaterThan(await width(3));
  const title = preview.locator('input.title-input').nth(1);
  await expect(title).toHaveAttribute('title', await title.inputValue());
  await expect(title).toHaveCSS('text-overflow', 'ellipsis');

  // Correct the first title, leave the third out.
  const firstTitle = preview.locator('input.title-input').first();
  await firstTitle.fill('构建“红色物业”联动机制（已核对）');
  await preview.getByLabel('导入第 3 条').uncheck();
  await page.screenshot({ path: path.join(screenshotDir, 'import-preview.png'), fullPage: true });

  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');

  await page.click('[data-nav="zones"]');
  await expect(page.getByText('共 2 条')).toBeVisible();
  const grid = page.getByTestId('grid-zone');
  await expect(grid.getByText('构建“红色物业”联动机制（已核对）')).toBeVisible();
  await expect(grid.getByText('打造老旧小区协商平台')).toHaveCount(0);

  // The same file again is recognised, not duplicated.
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await expect(page.getByTestId('file-preview').last().locator('.badge')).toHaveText('以前已导入');
});

test('a file that is not a notice gets a clear message and nothing is stored', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-import-'));
  const file = path.join(dir, '空文件.txt');
  writeFileSync(file, '');
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview').last();
  await expect(preview.locator('.badge')).toHaveText('无法导入');
  await expect(preview.getByRole('alert')).toContainText('空文件.txt');
});

const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');
test('import the seed notices in one batch', async ({ page, browserMode }) => {
  test.skip(!existsSync(seeds), '../shared/seeds is not beside this clone');
  const files = readdirSync(seeds).map((f) => path.join(seeds, f));
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await expect(page.locator('.badge-preview')).toHaveCount(files.length, { timeout: 90_000 });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(files.length, { timeout: 90_000 });
  await page.screenshot({ path: path.join(screenshotDir, 'import-seeds.png') });
  await page.click('[data-nav="cases"]');
  await expect(page.locator('.page-subtitle')).toHaveText(/共 \d+ 条/);
  await page.screenshot({ path: path.join(screenshotDir, 'cases-grid.png') });
});

test('a warning about a row without 序号 names its place and leads to the row to correct', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-import-'));
  const file = path.join(dir, '实验县名单.txt');
  const text = [
    '民政部关于同意确认第三批全国农村社区建设实验县（市、区）的批复',
    '各省、自治区、直辖市民政厅（局）：',
    '经研究，同意河北省石家庄市长安区等5个县（市、区）为全国农村社区建设实验县（市、区），名单如下：',
    '河北省：石家庄市长安区、唐山市路南区',
    '天津市：东丽区、西青区',
    '新疆生产建设兵团：兵直三三三團',
    '民政部',
    '2009年3月1日',
  ].join('\n');
  writeFileSync(file, iconv.encode(text, 'gb18030'));

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview');
  await expect(preview.locator('.badge')).toHaveText('待确认');
  const warning = preview.locator('.warning-list li[data-code="region_unresolved"]');
  await expect(warning).toContainText('地区“兵直三三三團”');
  await expect(preview.locator('.warning-list')).not.toContainText('第?项');

  await warning.getByRole('button', { name: '定位到该行' }).click();
  const flagged = preview.locator('.preview-table tr.flagged');
  await expect(flagged).toHaveCount(1);
  const region = flagged.locator('input.region-input');
  await expect(region).toHaveValue('兵直三三三團');
  await expect(region).toBeFocused();
  await page.screenshot({ path: path.join(screenshotDir, 'import-warning-located.png') });

  // Corrected where the cursor is, the row gets its code before anything is written.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('石河子市');
  await expect(flagged.getByTestId('preview-region-code')).toHaveText('659001');
});
