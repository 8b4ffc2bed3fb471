import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { holdCall } from './support/held-call';
import { unplacedUnitNotice } from './support/unplaced-unit-notice';
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
  // The programme and batch the records were read under, so a join refused for them is checkable.
  await expect(preview.locator('.notice-meta')).toContainText('社区治理创新实验区（第二批）');

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

  // A text far too long for a notice is refused by its size on the page, before it is sent.
  const huge = path.join(dir, '大文本.txt');
  writeFileSync(huge, Buffer.alloc(9 * 1024 * 1024, 'a'));
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('import/files')) sent.push(r.url());
  });
  await page.setInputFiles('[data-testid="import-file-input"]', huge);
  const refused = page.getByTestId('file-preview').filter({ hasText: '大文本.txt' });
  await expect(refused.locator('.badge')).toHaveText('无法导入');
  await expect(refused.getByRole('alert')).toContainText('纯文本文件有 9.0 MB');
  expect(sent).toEqual([]);
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
  const file = unplacedUnitNotice('兵直三三三團');

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

test('several files at once: the page shows which one is being analysed, of how many', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-import-'));
  // A long list first: its preview fills the page while the next files are analysed.
  const places = ['长安区', '桥西区', '新华区', '裕华区', '井陉矿区', '藁城区', '鹿泉区', '栾城区'];
  const long = [
    '关于确认第三批省级社区治理创新实验区的通知',
    '各市民政局：',
    '经评审，确认以下单位为第三批省级社区治理创新实验区：',
    ...Array.from(
      { length: 32 },
      (_, i) => `${i + 1}.石家庄市${places[i % places.length]}——社区协商议事第${i + 1}项`,
    ),
    '河北省民政厅',
    '2022年6月30日',
  ].join('\n');
  const files = [
    ['长名单.txt', long],
    ['第二份.txt', NOTICE],
    ['第三份.txt', NOTICE.replace('2021年6月30日', '2021年7月1日')],
  ].map(([name, text]) => {
    const file = path.join(dir, name!);
    writeFileSync(file, iconv.encode(text!, 'gb18030'));
    return file;
  });
  // The second file's analysis is held until the progress has been looked at.
  const release = await holdCall(page, 'import/files', 2);

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  const progress = page.locator('main .progress');
  await expect(progress).toContainText('正在分析 2/3：第二份.txt');
  await expect(page.locator('.badge-preview')).toHaveCount(1);
  // The button says the work under way, not "确认导入 1 份" of the three chosen.
  await expect(page.getByRole('button', { name: '正在分析…' })).toBeDisabled();
  // Visible, not squeezed to nothing by the long preview below it.
  await expect(progress).toBeVisible();
  expect((await progress.boundingBox())?.height ?? 0).toBeGreaterThan(10);
  await page.screenshot({ path: path.join(screenshotDir, 'import-progress.png') });
  release();
  await expect(page.locator('.badge-preview')).toHaveCount(3);
  await expect(progress).toHaveCount(0);
});

test('an item the import will merge into a duplicate is said before and after the commit', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-import-'));
  const file = path.join(dir, '重复一条.txt');
  // The same unit listed twice, as pages that repeat an item give it.
  writeFileSync(
    file,
    iconv.encode(
      NOTICE.replace('河北省民政厅', '4.石家庄市长安区——构建“红色物业”联动机制\n河北省民政厅'),
      'gb18030',
    ),
  );
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview');
  await expect(preview.getByTestId('auto-merged')).toContainText('其中 1 条');
  await expect(preview.getByTestId('auto-merged')).toContainText('导入时将自动合并');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.getByTestId('auto-merged')).toContainText('已自动合并');
  // 新增 in the summary leads to the grid of what was imported.
  await page.getByTestId('commit-summary').getByRole('link', { name: /新增/ }).click();
  await expect(page.locator('h1')).toHaveText('实验区');
  await expect(page.getByText('共 3 条')).toBeVisible();
});
