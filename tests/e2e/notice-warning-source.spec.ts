import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';

test('a notice warning leads to the sentence it comes from', async ({ page, browserMode }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-source-'));
  const file = path.join(dir, '实验县名单.txt');
  const text = [
    '民政部关于同意确认第三批全国农村社区建设实验县（市、区）的批复',
    '各省、自治区、直辖市民政厅（局）：',
    '经研究，同意河北省石家庄市长安区等5个县（市、区）为全国农村社区建设实验县（市、区），名单如下：',
    '河北省：石家庄市长安区、唐山市路南区',
    '天津市：东丽区、西青区',
    '新疆生产建设兵团：兵直四四四團',
    '民政部',
    '2009年3月1日',
  ].join('\n');
  writeFileSync(file, iconv.encode(text, 'gb18030'));

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
