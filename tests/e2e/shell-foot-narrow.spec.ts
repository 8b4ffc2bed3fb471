/**
 * The foot of the window on a 1280×720 screen: 操作记录 stays in view when both the undo and
 * the redo button carry long labels; an error from another page takes one line; Ctrl+S is
 * answered there, not ignored.
 */
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { commitPreview } from './support/commit-preview';
import { previewNotice } from './support/seed-notice';

test.use({ viewport: { width: 1280, height: 720 } });

test('long undo and redo labels leave 操作记录 inside the window', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await commitPreview(page, preview);

  await page.click('[data-nav="zones"]');
  const cell = page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]');
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('构建“红色物业”联动机制，推动小区治理与物业服务深度融合的长期实践');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-line')).toContainText('已保存');
  await page.keyboard.press('Control+Z');

  const bar = page.getByTestId('undo-bar');
  await expect(bar.getByRole('button', { name: /^重做：/ })).toBeEnabled();
  await expect(bar.getByRole('button', { name: /^撤销：导入/ })).toBeEnabled();
  const link = bar.getByRole('link', { name: '操作记录' });
  await expect(link).toBeVisible();
  const box = await link.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: path.join(screenshotDir, 'shell-foot-narrow.png') });
  await link.click();
  await expect(page).toHaveURL(/#\/history/);
});

test('a long error folds to one line once the clerk goes to another page', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await commitPreview(page, preview);

  // Three words pasted down the 序号 column: refused, each row named, so the error is long.
  await page.click('[data-nav="zones"]');
  await page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="seq"]').click();
  const tsv = '备注一\r\n备注二\r\n备注三\r\n';
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(tsv)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  const status = page.getByTestId('status-line');
  await expect(status).toContainText('没有保存');
  const height = async () => (await status.boundingBox())!.height;
  // Read in full where it happened: it wraps.
  expect(await height()).toBeGreaterThan(40);

  await page.click('[data-nav="deadlines"]');
  await expect(status).toHaveClass(/elsewhere/);
  expect(await height()).toBeLessThan(40);
  // Still there, whole in the tooltip, for the clerk who wants it.
  await expect(status).toHaveAttribute('title', /备注三/);
  await page.screenshot({ path: path.join(screenshotDir, 'shell-foot-error-elsewhere.png') });
});

test('Ctrl+S, a spreadsheet reflex, says there is nothing to save', async ({
  page,
  browserMode,
}) => {
  const preview = await previewNotice(page, browserMode.url);
  await commitPreview(page, preview);
  await page.click('[data-nav="zones"]');
  await page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]').click();
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('status-line')).toContainText(
    '不必另存：台账里每一处修改一经确认即已保存',
  );
});
