/**
 * On the import page, files chosen after earlier ones: waits for the last preview to be ready
 * (待确认), commits with 确认导入 and waits until it says 已导入; returns that preview.
 */
import type { Page } from '@playwright/test';
import { expect } from './browser-mode';

export async function importMore(page: Page, files: string | string[]) {
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  const later = page.getByTestId('file-preview').last();
  await expect(later.locator('.badge').first()).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(later.locator('.badge').first()).toHaveText('已导入');
  return later;
}
