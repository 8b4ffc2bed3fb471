import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
河北省民政厅
2021年6月30日
`;

test('export a Word attachment of the zones as a download', async ({ page, browserMode }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-export-'));
  const file = path.join(dir, 'zones.txt');
  writeFileSync(file, ZONES);
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(1);

  await page.click('[data-nav="export"]');
  await expect(page.getByTestId('export-count')).toContainText('将导出 2 条');
  await page.screenshot({ path: path.join(screenshotDir, 'export.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
  await expect(page.locator('.done-note')).toContainText('已导出 2 条');
});
