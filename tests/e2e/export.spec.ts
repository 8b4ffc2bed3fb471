import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
河北省民政厅
2021年6月30日
`;

/** Imports the two zones through the import page; answers the scratch folder holding the file. */
async function importZones(page: Page, url: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-export-'));
  const file = path.join(dir, 'zones.txt');
  writeFileSync(file, ZONES);
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(1);
  return dir;
}

test('export a Word attachment of the zones as a download', async ({ page, browserMode }) => {
  const dir = await importZones(page, browserMode.url);

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
  // Another format chosen: the note of the Word file does not stay to read as the Excel one's.
  await page.getByRole('radio', { name: /Excel 领导汇总表/ }).check();
  await expect(page.locator('.done-note')).toHaveCount(0);
});

test('the export dialog sets the document and remembers it per kind', async ({
  page,
  browserMode,
}) => {
  await importZones(page, browserMode.url);

  await page.click('[data-nav="export"]');
  const settings = page.getByTestId('document-settings');
  // The title comes from what is exported, never "…名单名单".
  const title = settings.getByRole('textbox').first();
  await expect(title).toHaveValue(/名单$/);
  await expect(title).not.toHaveValue(/名单名单$/);
  // The zone list's columns, as the Ministry prints them.
  for (const h of ['序号', '实验单位', '实验主题', '实验内容'])
    await expect(settings.getByLabel(h)).toBeVisible();
  await settings.getByLabel('附件标识', { exact: true }).selectOption('numbered');
  await settings.getByLabel('附件编号').fill('2');
  await settings.getByLabel('实验内容').uncheck();
  await page.screenshot({ path: path.join(screenshotDir, 'export-dialog.png'), fullPage: true });

  // The workbook: 填报单位 and date.
  await page.getByRole('radio', { name: /Excel 领导汇总表/ }).check();
  await settings.getByLabel('填报单位').fill('河北省民政厅基层政权建设和社区治理处');
  await expect(settings.getByLabel('填报日期')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.screenshot({
    path: path.join(screenshotDir, 'export-dialog-xlsx.png'),
    fullPage: true,
  });

  // Remembered (in this browser, not in the ledger) when the page is opened again.
  await page.reload();
  await page.click('[data-nav="export"]');
  await expect(settings.getByLabel('附件编号')).toHaveValue('2');
  await expect(settings.getByLabel('实验内容')).not.toBeChecked();
  await page.getByRole('radio', { name: /Excel 领导汇总表/ }).check();
  await expect(settings.getByLabel('填报单位')).toHaveValue('河北省民政厅基层政权建设和社区治理处');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});

test.describe('on a browser clock that is not on China time', () => {
  test.use({ timezoneId: 'Europe/London' });
  test('the printed 填报日期 is Beijing’s day, as the 期限 page’s 截至 is', async ({
    page,
    browserMode,
  }) => {
    // 20:00 in London on 2 December is already 3 December in Beijing.
    await page.clock.setFixedTime(new Date('2026-12-02T20:00:00Z'));
    await importZones(page, browserMode.url);
    await page.click('[data-nav="export"]');
    await page.getByRole('radio', { name: /Excel 领导汇总表/ }).check();
    await expect(page.getByTestId('document-settings').getByLabel('填报日期')).toHaveValue(
      '2026-12-03',
    );
    // The 操作记录 stamps are on the same clock: China time, not the browser's.
    const [op] = await ledgerCall(page, 'history/list', {});
    const china = new Date(new Date(op!.at).getTime() + 8 * 3_600_000).toISOString();
    await page.click('[data-nav="history"]');
    await expect(
      page.getByTestId('history-list').locator(`tr[data-op="${op!.opId}"] td`).first(),
    ).toHaveText(`${china.slice(0, 10)} ${china.slice(11, 19)}`);
  });
});

test('a workbook blocked by masked text says why beside the button, and the tick box lets it go', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-export-'));
  const file = path.join(dir, 'zones.txt');
  writeFileSync(file, ZONES.replace('3.', '').replace('打造老旧小区协商平台', '打造****协商平台'));
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(1);

  await page.click('[data-nav="export"]');
  await page.getByRole('radio', { name: /Excel 领导汇总表/ }).check();
  const button = page.getByRole('button', { name: '导出', exact: true });
  await expect(button).toBeDisabled();
  await expect(page.getByTestId('export-blocked')).toContainText('1 条含被遮挡的文字');
  await expect(page.getByTestId('export-blocked')).toContainText('照印遮挡文字');
  await page.screenshot({ path: path.join(screenshotDir, 'export-masked-blocked.png') });
  await page.getByRole('checkbox', { name: /照印遮挡文字/ }).check();
  await expect(page.getByTestId('export-blocked')).toHaveCount(0);
  await expect(button).toBeEnabled();
});
