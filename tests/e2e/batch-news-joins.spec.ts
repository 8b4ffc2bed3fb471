/**
 * A news item chosen in one batch with the confirmation it reports on previews as joining
 * the confirmation's zones (关联已有), not as 新建, even when it comes first in the batch; the
 * commit writes the confirmation first, so the ledger holds what the preview said.
 */
import { expect, test } from './support/browser-mode';
import { seriesOnDisk } from './support/series-on-disk';
import { ledgerCall } from './support/ledger-call';

test('a news item in the same batch as its confirmation previews and commits as 关联已有', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const files = await seriesOnDisk('national-zones-2019');
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  const previews = page.getByTestId('file-preview');
  // The news first, as a file picker sorting by name might hand them over.
  await page
    .getByTestId('import-file-input')
    .setInputFiles([files['03-news']!, files['01-confirmation']!]);
  const news = previews.nth(0);
  await expect(news.getByTestId('notice-role')).toContainText('新闻报道');
  await expect(previews.nth(1).getByTestId('notice-role')).toHaveText('确认/公布名单');
  await expect(news.getByTestId('notice-changes')).toContainText('新建 0 条记录');
  await expect(news.locator('.ledger-joined').first()).toContainText('关联已有');
  await expect(news.locator('.ledger-new')).toHaveCount(0);

  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(news.locator('.badge')).toHaveText('已导入');
  await expect(previews.nth(1).locator('.badge')).toHaveText('已导入');
  // Every record the news names is one of the confirmation's: it created none.
  const zones = await ledgerCall(page, 'records/list', { kind: 'zone' });
  expect(zones.every((z) => z.mentions.some((m) => m.file.startsWith('01-')))).toBe(true);
});

test('removing the confirmation analyses the news again: its items say 新建, not 关联已有', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const files = await seriesOnDisk('national-zones-2019');
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  const previews = page.getByTestId('file-preview');
  await page
    .getByTestId('import-file-input')
    .setInputFiles([files['03-news']!, files['01-confirmation']!]);
  const news = previews.nth(0);
  await expect(news.locator('.ledger-joined').first()).toContainText('关联已有');
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  await previews.nth(1).getByRole('button', { name: '移除' }).click();
  await expect(previews).toHaveCount(1);
  // The ledger holds none of the confirmation's zones: the news would create its own.
  await expect(news.locator('.ledger-joined')).toHaveCount(0);
  await expect(news.locator('.ledger-new').first()).toBeVisible();
  await expect(news.getByTestId('notice-changes')).not.toContainText('新建 0 条记录');
});
