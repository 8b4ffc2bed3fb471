/**
 * What tripped a clerk after the sixty-seventh round: a chosen file the browser could not read
 * (moved, deleted, held by another program) left 正在分析 on the page and its buttons held.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { NOTICE } from './support/seed-notice';

test('a file that cannot be read fails alone, in Chinese; the batch ends and the page stays usable', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk68-'));
  const good = path.join(dir, '第三批实验区.txt');
  const gone = path.join(dir, '已移走.txt');
  writeFileSync(good, NOTICE);
  writeFileSync(gone, NOTICE.replace('2021年6月30日', '2021年7月1日'));
  // The browser refuses to read one file, as it does for a file moved after it was chosen.
  await page.addInitScript(() => {
    const read = File.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function (this: File) {
      if (this.name === '已移走.txt')
        return Promise.reject(new DOMException('could not be read', 'NotReadableError'));
      return read.call(this);
    };
  });
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', [gone, good]);
  const cards = page.getByTestId('file-preview');
  const failed = cards.filter({ hasText: '已移走.txt' });
  await expect(failed.locator('.badge').first()).toHaveText('无法导入');
  await expect(failed.locator('.error-note')).toContainText('无法读取这个文件');
  await expect(failed.locator('.error-note')).not.toContainText('NotReadableError');
  // the other file is analysed, the progress has ended, and the page takes the next step
  await expect(cards.filter({ hasText: '第三批实验区.txt' }).locator('.badge').first()).toHaveText(
    '待确认',
  );
  await expect(page.locator('main .progress')).toHaveCount(0);
  await expect(page.getByTestId('failed-files')).toContainText('已移走.txt');
  await expect(page.getByRole('button', { name: /确认导入/ })).toBeEnabled();
  await expect(page.locator('.drop-zone')).not.toHaveClass(/disabled/);
  await page.screenshot({ path: path.join(screenshotDir, 'walk68-unreadable-file.png') });
});
