/**
 * Undo that says what it does, in browser mode: the 撤销/重做 buttons name the operation
 * they take, undoing an import asks first, and 操作记录 lists who did what and undoes back
 * to a chosen point.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';

const NOTICE = `关于确认第五批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第五批省级社区治理创新实验区：
1.石家庄市长安区——构建“红色物业”联动机制
2.保定市竞秀区——推行小区议事会制度
3.唐山市路北区——打造老旧小区协商平台
河北省民政厅
2022年6月30日
`;
const TITLE = '关于确认第五批省级社区治理创新实验区的通知';

async function importNotice(page: Page, url: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-history-'));
  const file = path.join(dir, '第五批实验区.txt');
  writeFileSync(file, NOTICE);
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await expect(page.getByTestId('file-preview').locator('.badge')).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByTestId('file-preview').locator('.badge')).toHaveText('已导入');
}

const undoButton = (page: Page) => page.getByTestId('undo-bar').locator('button').nth(0);
const redoButton = (page: Page) => page.getByTestId('undo-bar').locator('button').nth(1);
const status = (page: Page) => page.getByTestId('status-line');

test('the undo button names what it undoes; an import asks first; 操作记录 undoes back to a point', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  // The button says it whole to assistive tech and in its tooltip; its face keeps the count visible.
  await expect(undoButton(page)).toHaveAccessibleName(`撤销：导入《${TITLE}》（3 条记录）`);
  await expect(undoButton(page)).toHaveText('撤销：导入《关于确认第五批省级社…》（3 条记录）');
  await expect(redoButton(page)).toBeDisabled();

  // An edit on the zones page becomes the next step, named with its record and field.
  await page.click('[data-nav="zones"]');
  const title = page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]');
  await title.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('红色物业联动（已核对）');
  await page.keyboard.press('Enter');
  await expect(undoButton(page)).toHaveAccessibleName(
    '撤销：修改《构建“红色物业”联动机制》的名称／主题：红色物业联动（已核对）',
  );
  await page.getByTestId('undo-bar').screenshot({
    path: path.join(screenshotDir, 'undo-button-label.png'),
  });

  await page.screenshot({ path: path.join(screenshotDir, 'undo-button-page.png') });

  // The record's own history reads as sentences, with who did it.
  await title.click();
  await page.keyboard.press('Enter');
  const history = page.getByTestId('record-history');
  await history.scrollIntoViewIfNeeded();
  await expect(history).toContainText(
    '名称／主题由「构建“红色物业”联动机制」改为「红色物业联动（已核对）」',
  );
  await expect(history).toContainText(`从通知《${TITLE}》导入`);
  await expect(history).not.toContainText('[object Object]');
  await page.getByTestId('record-panel').screenshot({
    path: path.join(screenshotDir, 'record-history.png'),
  });
  await page.getByTestId('record-panel').getByRole('button', { name: '关闭' }).click();

  // Undo the edit: no question (one record); the next step is the import.
  await undoButton(page).click();
  await expect(status(page)).toContainText('已撤销：修改');
  await expect(redoButton(page)).toHaveAccessibleName(/^重做：修改《构建“红色物业”联动机制》/);
  await expect(undoButton(page)).toHaveAccessibleName(`撤销：导入《${TITLE}》（3 条记录）`);

  // Undoing the import asks first; 取消 leaves everything as it is.
  await undoButton(page).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('这份通知和它带来的 3 条记录将从台账中移除');
  await page.screenshot({ path: path.join(screenshotDir, 'undo-import-confirm.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.page-subtitle')).toHaveText('共 3 条');

  // 操作记录: who, when, what; undo back to the import from the list.
  await page.click('[data-nav="history"]');
  const rows = page.getByTestId('history-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('修改');
  await expect(rows.nth(0)).toContainText('已撤销（可重做）');
  await expect(rows.nth(1)).toContainText(`导入《${TITLE}》`);
  await expect(rows.nth(1)).toContainText('导入');
  await page.screenshot({ path: path.join(screenshotDir, 'history-list.png'), fullPage: true });

  await rows.nth(1).getByRole('button', { name: '撤销到此' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
  await expect(status(page)).toContainText(`回到「导入《${TITLE}》」之前`);
  await expect(rows.nth(1)).toContainText('已撤销（可重做）');
  await expect(undoButton(page)).toBeDisabled();

  // Redo brings the import back (asked first too), and the grid shows its records again.
  await redoButton(page).click();
  await page.getByRole('dialog').getByRole('button', { name: '重做' }).click();
  await expect(status(page)).toContainText('已重做：导入');
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 3 条');
});

test('a notice’s metadata corrected on its page, then taken back with 撤销', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="notices"]');
  await page.getByTestId('grid-notices').getByText(TITLE).dblclick();
  await page.getByRole('button', { name: '修改通知信息' }).click();
  const form = page.getByRole('form', { name: '修改通知信息' });
  await form.getByLabel('文号').fill('冀民〔2022〕5号');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.page-subtitle')).toContainText('冀民〔2022〕5号');
  await expect(undoButton(page)).toHaveAccessibleName(`撤销：修改通知《${TITLE}》`);
  await undoButton(page).click();
  await expect(status(page)).toContainText('已撤销：修改通知');
  await page.reload();
  await expect(page.locator('.page-subtitle')).toContainText('无文号');
});

test('操作记录 says it is reading while the history is on its way, never 还没有操作', async ({
  page,
  browserMode,
}) => {
  // Hold the history back, as a backend busy with another page's reads on a large ledger does.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/history/list', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(browserMode.url);
  await page.click('[data-nav="history"]');
  await expect(page.getByText('正在加载…')).toBeVisible();
  await expect(page.getByText('还没有操作')).toHaveCount(0);
  release();
  // The ledger is empty: once the answer is in, the empty state says so.
  await expect(page.getByText('还没有操作')).toBeVisible();
  await expect(page.getByText('正在加载…')).toHaveCount(0);
});
