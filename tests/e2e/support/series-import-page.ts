import path from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotDir, type BrowserMode } from './browser-mode';
import { commitPreview } from './commit-preview';
import { seriesOnDisk } from './series-on-disk';

/**
 * The start every notices-over-time walk shares: a series written to disk for the file picker,
 * the app opened on its import page, and the picker and previews ready to use; `commit(n)`
 * commits what is previewed and waits for the n-th preview to say 已导入.
 */
export async function openSeriesImport(page: Page, browserMode: BrowserMode, series: string) {
  const files = await seriesOnDisk(series);
  const shoot = (name: string) =>
    page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  const previews = page.getByTestId('file-preview');
  return {
    files,
    shoot,
    input: page.getByTestId('import-file-input'),
    previews,
    commit: (n: number) => commitPreview(page, previews.nth(n)),
  };
}
