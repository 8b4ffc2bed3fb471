import { expect, test } from './support/browser-mode';

/**
 * The grid's rows cannot be read (the backend gone, as when the terminal running browser mode
 * was closed): the page says so where the rows should be, with a way to read again, instead of
 * going on saying 正在加载… under the error as if an answer were coming. Once the backend
 * answers again, 重新读取 brings the rows (here: the empty ledger's own words) back.
 */
test('a grid whose rows cannot be read says so in place and reads again on request', async ({
  page,
  browserMode,
}) => {
  let cut = true;
  await page.route('**/api/records/page', (route) => (cut ? route.abort() : route.continue()));
  await page.goto(browserMode.url);
  await page.click('[data-nav="zones"]');
  const failed = page.getByTestId('grid-read-failed');
  await expect(failed).toContainText('未能读取记录');
  await expect(failed).toContainText('无法连接到台账后台');
  await expect(page.locator('.page-header')).toContainText('未能读取');
  await expect(page.getByText('正在加载…')).toHaveCount(0);

  cut = false;
  await failed.getByRole('button', { name: '重新读取' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.locator('.page-header')).toContainText('共 0 条');
  await expect(page.getByText('还没有实验区记录')).toBeVisible();
});
