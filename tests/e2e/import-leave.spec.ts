/**
 * Nothing lost by a click elsewhere: with a notice previewed and corrected but not yet
 * imported, going to another page asks first; 取消 keeps the preview with its correction,
 * 仍要离开 goes. Once imported, the page is left without a question.
 */
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { previewNotice } from './support/seed-notice';

test('leaving the import page with a preview not imported asks first; 取消 keeps the corrections', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  const title = preview.locator('tbody tr').first().getByRole('textbox').last();
  await title.fill('构建“红色物业”联动机制（预览中改过）');

  await page.click('[data-nav="zones"]');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('还有 1 份通知已选择但尚未确认导入');
  await page.screenshot({ path: path.join(screenshotDir, 'import-leave-asks.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'import');
  await expect(page).toHaveURL(/#\/import$/);
  await expect(title).toHaveValue('构建“红色物业”联动机制（预览中改过）');

  // Imported: nothing waits, so the page is left at once.
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');
  await page.click('[data-nav="zones"]');
  await expect(page.locator('main')).toHaveAttribute('data-page', 'zones');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]'),
  ).toHaveText('构建“红色物业”联动机制（预览中改过）');
});

test('仍要离开 goes where the link pointed, its filters included', async ({
  page,
  browserMode,
}) => {
  await previewNotice(page, browserMode.url);
  await page.click('[data-nav="home"]');
  await page.getByRole('dialog').getByRole('button', { name: '仍要离开' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'home');
  await expect(page).toHaveURL(/#\/home$/);
  // A link carrying a grid's filters (as 首页's bars make them) keeps them once confirmed.
  await previewNotice(page, browserMode.url);
  await page.evaluate(`location.hash = '#/zones?province=' + encodeURIComponent('江苏省')`);
  await page.getByRole('dialog').getByRole('button', { name: '仍要离开' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'zones');
  await expect(page).toHaveURL(/#\/zones\?province=/);
});

test('reloading with a preview not imported asks first; once imported it does not', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss(); // 取消: the page stays, its preview with it
  });
  // A reload the page did not start by a click: the browser asks only when it refuses.
  await page.reload({ waitUntil: 'commit', timeout: 3000 }).catch(() => null);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(preview.locator('tbody tr').first()).toBeVisible();

  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge')).toHaveText('已导入');
  await page.reload();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'import');
  expect(asked).toEqual(['beforeunload']);
});
