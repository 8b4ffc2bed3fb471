import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { unplacedUnitNotice } from './support/unplaced-unit-notice';

test('a notice warning leads to the sentence it comes from', async ({ page, browserMode }) => {
  const file = unplacedUnitNotice('兵直四四四團');

  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await expect(page.getByTestId('file-preview').locator('.badge')).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByTestId('file-preview').locator('.badge')).toHaveText('已导入');

  await page.click('[data-nav="notices"]');
  await page.getByTestId('grid-notices').getByText('民政部关于同意确认第三批').dblclick();
  const warning = page.locator('.warning-list li[data-code="region_unresolved"]');
  await expect(warning).toContainText('兵直四四四團');
  await expect(page.locator('mark.warning-source')).toHaveCount(0);
  await warning.getByRole('button', { name: '看原文' }).click();
  const source = page.locator('.notice-raw mark.warning-source');
  await expect(source).toHaveCount(1);
  await expect(source).toContainText('兵直四四四團');
  await expect(source).toBeInViewport();
  await page.screenshot({ path: path.join(screenshotDir, 'notice-warning-source.png') });
});
