/**
 * What tripped a clerk after the seventieth round: 导入完成's 新增 N and 关联 M both opened the
 * grid on every record the import's notices name, so the new records and the ones named again
 * stood mixed. 新增 now opens what the import created, 关联 what it joined; the facet panel says
 * which, and lets it go.
 */
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { importMore } from './support/import-more';
import { noticeFiles } from './support/notice-files';
import { importNotice, importNoticeFile } from './support/seed-notice';

// Two later notices of the seed's programme, imported at once: one confirms a fourth batch
// (two new zones), the other accepts the seed's four zones (joined, not created).
const FOURTH_BATCH = `关于确认第四批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第四批省级社区治理创新实验区：
1.唐山市路北区——打造楼院议事平台
2.无锡市梁溪区——推行社区协商清单
河北省民政厅
2022年7月1日
`;
const ACCEPTANCE = `关于第三批省级社区治理创新实验区结项验收结果的通知
各市民政局：
现将第三批省级社区治理创新实验区结项验收结果通知如下：
石家庄市长安区、南京市栖霞区验收结果为优秀；保定市竞秀区、苏州市姑苏区验收结果为合格。
河北省民政厅
2023年9月15日
`;

test('新增 opens the records the import created, 关联 the records it joined', async ({
  page,
  browserMode,
}) => {
  await importNoticeFile(page, browserMode.url);
  await importMore(
    page,
    noticeFiles({ '第四批实验区.txt': FOURTH_BATCH, '验收结果.txt': ACCEPTANCE }),
  );
  await expect(page.getByTestId('file-preview')).toHaveCount(3);
  const summary = page.getByTestId('commit-summary');
  await expect(summary).toContainText('新增 2、关联 4');

  const rows = page.getByTestId('grid-zone').locator('.ag-row [col-id="regionText"]');
  const narrowed = page.getByTestId('facet-notices');
  const joinedLink = (await summary.getByRole('link', { name: '关联 4' }).getAttribute('href'))!;
  await summary.getByRole('link', { name: '新增 2' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
  await expect(rows).toHaveText(['唐山市路北区', '无锡市梁溪区']);
  await expect(narrowed).toContainText('仅本次导入的通知（2 份）新增的');
  await page.screenshot({ path: path.join(screenshotDir, 'walk71-created.png') });

  // The import page's summary is gone once left: the facet panel switches to 关联 itself.
  await narrowed.getByRole('radio', { name: '关联已有的' }).check();
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect(rows).toHaveText(['石家庄市长安区', '保定市竞秀区', '南京市栖霞区', '苏州市姑苏区']);
  await expect(narrowed).toContainText('仅本次导入的通知（2 份）关联已有的');
  await page.screenshot({ path: path.join(screenshotDir, 'walk71-joined.png') });
  await narrowed.getByRole('radio', { name: '全部' }).check();
  await expect(page.locator('.page-subtitle')).toHaveText('共 6 条');
  // 关联 4's own link opens the same four.
  await page.goto(`${browserMode.url}${joinedLink}`);
  await expect(page.locator('.page-subtitle')).toHaveText('共 4 条');
  await expect(narrowed.getByRole('radio', { name: '关联已有的' })).toBeChecked();

  // Let go by its box: the whole ledger again.
  await narrowed.getByRole('checkbox').click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 6 条');
  await expect(narrowed).toHaveCount(0);
});

test('导入完成 counts the rows its links open: an item merged at import is not new', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  // The third item repeats the first: merged into it at once, so the ledger gets two rows.
  await importMore(
    page,
    noticeFiles({
      '第五批实验区.txt': `关于确认第五批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第五批省级社区治理创新实验区：
1.邢台市襄都区——构建“红色物业”联动机制
2.邯郸市丛台区——推行小区议事会制度
3.邢台市襄都区——构建“红色物业”联动机制
河北省民政厅
2024年6月30日
`,
    }),
  );
  const summary = page.getByTestId('commit-summary');
  await expect(summary).toContainText('新增 2、关联 0');
  await summary.getByRole('link', { name: '新增 2' }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('共 2 条');
});

test('at 1920×1080 the facet panel reads a programme whole; at 1280 it keeps its width', async ({
  page,
  browserMode,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await importNotice(page, browserMode.url);
  const programme = page.locator('.facet-value', { hasText: '省级社区治理创新实验区' });
  // cut with an ellipsis, the text is wider than its box
  const cut = () => programme.evaluate((el) => el.scrollWidth > el.clientWidth) as Promise<boolean>;
  await expect(programme).toBeVisible();
  expect(await cut()).toBe(false);
  await page.screenshot({ path: path.join(screenshotDir, 'walk71-1920-facets.png') });

  // At 1280 the 区划 column must fit beside it: the panel keeps its narrow width.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect
    .poll(() => page.locator('.facets').evaluate((el) => el.getBoundingClientRect().width))
    .toBe(164);
});
