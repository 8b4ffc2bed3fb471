/**
 * A small notice of four experiment zones in two provinces, previewed or imported through
 * the page as a user would, for the import and curation specs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './browser-mode';

export const NOTICE = `关于确认第三批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第三批省级社区治理创新实验区：
1.石家庄市长安区——构建“红色物业”联动机制
2.保定市竞秀区——推行小区议事会制度
3.南京市栖霞区——探索居民提案征集办法
4.苏州市姑苏区——完善老旧小区协商平台
河北省民政厅
2021年6月30日
`;

/** Chooses the notice on the import page and waits for its preview; returns the preview. */
export async function previewNotice(page: Page, url: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-notice-'));
  const file = path.join(dir, '第三批实验区.txt');
  writeFileSync(file, NOTICE);
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview');
  await expect(preview.locator('.badge').first()).toHaveText('待确认');
  return preview;
}

/** Imports the notice through the import page and waits until it is stored. */
export async function importNoticeFile(page: Page, url: string) {
  const preview = await previewNotice(page, url);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');
}

/** Imports the notice, then opens the 实验区 grid on its four zones. */
export async function importNotice(page: Page, url: string) {
  await importNoticeFile(page, url);
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
}
