import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';

const PAGES: [string, string][] = [
  ['home', '首页'],
  ['import', '导入'],
  ['zones', '实验区'],
  ['cases', '典型案例'],
  ['observations', '观察点'],
  ['others', '其他名单'],
  ['notices', '通知'],
  ['dedupe', '去重'],
  ['deadlines', '期限'],
  ['export', '导出'],
  ['backups', '备份'],
];

test('the shell opens on an empty ledger and says so', async ({ page, browserMode }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(browserMode.url);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.locator('h1')).toHaveText('首页');
  await expect(page.getByText('台账还是空的')).toBeVisible();
  await expect(page.locator('.stat-value').first()).toHaveText('0');
  await page.screenshot({ path: path.join(screenshotDir, 'shell-home.png') });
  expect(errors).toEqual([]);
});

test('every navigation entry renders its page with a real empty state', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  for (const [id, label] of PAGES) {
    await page.click(`[data-nav="${id}"]`);
    await expect(page.locator('main')).toHaveAttribute('data-page', id);
    await expect(page.locator('h1')).toHaveText(label);
    await expect(page.locator('[data-nav].active')).toHaveText(label);
    // Browser mode makes the day's backup at start, so the backup page is never empty.
    const filled =
      id === 'backups'
        ? '[data-testid="backup-list"]'
        : '.empty-state, .ag-overlay-no-rows-center, .grid-empty';
    await expect(page.locator(filled).first()).toBeVisible();
  }
});

test('the 实验区 page shows a Chinese grid over the empty ledger', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await expect(page.locator('h1')).toHaveText('首页');
  await page.keyboard.press('Alt+3'); // keyboard navigation to the third page
  await expect(page.locator('h1')).toHaveText('实验区');
  const grid = page.getByTestId('grid-zone');
  await expect(grid.locator('.ag-header-cell-text', { hasText: '区划代码' })).toBeVisible();
  await expect(grid.getByText('还没有实验区记录')).toBeVisible();
  await expect(page.getByText('共 0 条')).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'shell-zones.png') });
});

test('a reload keeps the page', async ({ page, browserMode }) => {
  await page.goto(browserMode.url);
  await page.click('[data-nav="deadlines"]');
  await page.reload();
  await expect(page.locator('h1')).toHaveText('期限');
});
