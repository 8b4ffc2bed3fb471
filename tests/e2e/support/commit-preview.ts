import { expect, type Locator, type Page } from '@playwright/test';

/**
 * 确认导入 on the import page, then wait until this file's preview says 已导入: the commit
 * every import walk takes, said once.
 */
export async function commitPreview(page: Page, preview: Locator): Promise<void> {
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');
}
