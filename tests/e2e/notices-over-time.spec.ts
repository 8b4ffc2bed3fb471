import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { expect, screenshotDir, test } from './support/browser-mode';
import { seriesFiles } from '../support/series/series-files';

test('a progress report and an acceptance over an existing batch join its zones, then nothing is overdue', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-series-'));
  const files = Object.fromEntries(
    (await seriesFiles('national-zones-2019')).map((f) => {
      const file = path.join(dir, f.name);
      writeFileSync(file, f.bytes);
      return [f.stem, file];
    }),
  );
  const shoot = (name: string) =>
    page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  const input = page.getByTestId('import-file-input');
  const previews = page.getByTestId('file-preview');
  const commit = async (n: number) => {
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect(previews.nth(n).locator('.badge')).toHaveText('已导入');
  };

  await input.setInputFiles(files['01-confirmation']!);
  await expect(previews.nth(0).getByTestId('notice-role')).toHaveText('确认/公布名单');
  await commit(0);

  await input.setInputFiles(files['02-progress']!);
  const progress = previews.nth(1);
  await expect(progress.getByTestId('notice-role')).toHaveText('工作通报');
  await expect(progress.getByTestId('notice-changes')).toContainText(
    '新建 0 条记录，关联已有 31 条',
  );
  await expect(progress.locator('.ledger-joined').first()).toContainText('身份相同');
  await progress.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('preview-progress-report.png');
  await commit(1);

  await input.setInputFiles(files['04-acceptance']!);
  const acceptance = previews.nth(2);
  await expect(acceptance.getByTestId('notice-role')).toHaveText('验收/评估结果');
  await expect(acceptance.getByTestId('notice-changes')).toContainText('状态变更 31 条');
  await expect(acceptance.locator('.event-status').first()).toContainText('已验收');
  await acceptance.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('preview-acceptance.png');
  await commit(2);
  await expect(page.getByTestId('commit-summary')).toContainText('新增 31、关联 62、状态变更 31');
  await page.getByTestId('commit-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('import-commit-summary.png');

  await page.click('[data-nav="deadlines"]');
  await expect(page.getByRole('form', { name: '批量处理期限' })).toBeVisible();
  await shoot('deadlines-after-acceptance.png');
  await page.click('[data-nav="notices"]');
  await expect(page.getByTestId('grid-notices')).toContainText('验收/评估结果');
  await shoot('notices-roles.png');
});
