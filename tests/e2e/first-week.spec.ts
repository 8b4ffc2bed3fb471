/**
 * A clerk's first week: the leader names a list by its 文号, and the 实验区 search finds the
 * zones that notice names, in whatever brackets it is typed; a notice whose title line was
 * lost is still known on 期限 by its sender and date, and its deadline by the paper due;
 * a region cell pasted with two places says which one the code stands for.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';
import { HEBEI_ZONES } from '../support/sample-notice';

// The shared Hebei notice as the third batch, with its 文号 under the title.
const LIST = HEBEI_ZONES.replaceAll('第二批', '第三批').replace(
  '的通知\n',
  '的通知\n冀民函〔2021〕12号\n',
);
// The title line lost (a body pasted into a file): only the sender and date name it.
const UNTITLED = `各市（州）民政局：
为推进基层治理创新，现组织开展全省社区治理创新实验区申报工作。
请各地将申报材料汇总后，于2030年12月20日前书面报省民政厅基层政权建设处。
湖北省民政厅
2030年11月30日
`;

async function importText(page: Page, name: string, text: string, n: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-first-week-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = page.getByTestId('file-preview').nth(n);
  await expect(preview.locator('.badge').first()).toHaveText('待确认');
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(preview.locator('.badge').first()).toHaveText('已导入');
}

test('a 文号 finds its zones; an untitled notice’s deadline says who and what', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importText(page, '第三批实验区.txt', LIST, 0);
  await importText(page, '申报.txt', UNTITLED, 1);

  await page.click('[data-nav="zones"]');
  const subtitle = page.locator('.page-subtitle');
  await expect(subtitle).toHaveText('共 3 条');
  const search = page.getByPlaceholder('搜索地区、单位、名称、内容');
  // Typed with the keyboard's square brackets, as staff type it.
  await search.fill('冀民函[2021]12号');
  await expect(subtitle).toHaveText('共 3 条');
  await search.fill('冀民函〔2021〕13号');
  await expect(subtitle).toHaveText('共 0 条');
  await search.fill('');
  await expect(subtitle).toHaveText('共 3 条');

  // Two places pasted into one region cell: saved, and said which one is coded.
  const grid = page.getByTestId('grid-zone');
  const region = grid.locator('.ag-row[row-index="0"] [col-id="regionText"]');
  await region.click();
  await page.keyboard.press('F2');
  const editor = page.locator('.region-editor input');
  await expect(editor).toBeFocused();
  await editor.fill('石家庄市长安区、保定市竞秀区');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-line')).toContainText(
    '写了两处：区划代码只按「石家庄市长安区」（130102），「保定市竞秀区」未计入',
  );
  await page.screenshot({ path: path.join(screenshotDir, 'first-week-two-places.png') });

  await page.click('[data-nav="deadlines"]');
  await page.getByLabel('截至日期').fill('2030-12-01');
  const soon = page.getByRole('region', { name: '即将到期' });
  await soon.getByRole('tab', { name: /30 天内/ }).click();
  const row = soon.locator('tr.ms-row', { hasText: '2030-12-20' });
  await expect(row).toContainText('湖北省民政厅 2030-11-30 通知');
  await expect(row).toContainText('限期报送申报材料');
  await expect(row).not.toContainText('（通知）');
  await page.screenshot({ path: path.join(screenshotDir, 'first-week-deadline.png') });
});
