/**
 * What tripped a new clerk on a walk at 1280×720: one click importing four files was taken
 * back a file at a time, 导入完成 outlived the import it spoke of, the reason 导出 was grey
 * sat below the fold, a blank 填报单位 went to the leader unwarned, 实验区's toolbar ran onto
 * a second row, and the 省份 facet showed 8 of 18 provinces with no way to the rest.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshotDir, test } from './support/browser-mode';

test.use({ viewport: { width: 1280, height: 720 } });

const approval = (batch: string, places: string[], theme = '推行小区议事会制度') =>
  `关于确认${batch}省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为${batch}省级社区治理创新实验区：
1.${places[0]}——构建“红色物业”联动机制
2.${places[1]}——${theme}
3.${places[2]}——打造老旧小区协商平台
河北省民政厅
2021年6月30日
`;
const FOUR: Record<string, string> = {
  '第二批.txt': approval('第二批', ['石家庄市长安区', '保定市竞秀区', '唐山市路北区']),
  '第三批.txt': approval('第三批', ['邯郸市丛台区', '邢台市襄都区', '沧州市运河区']),
  '第四批.txt': approval('第四批', ['廊坊市广阳区', '衡水市桃城区', '承德市双桥区']),
  '第五批.txt': approval('第五批', ['张家口市桥西区', '秦皇岛市海港区', '石家庄市桥西区']),
};
const PROVINCES = [
  '北京市东城区',
  '天津市和平区',
  '河北省石家庄市长安区',
  '山西省太原市小店区',
  '内蒙古自治区呼和浩特市新城区',
  '辽宁省沈阳市和平区',
  '吉林省长春市南关区',
  '黑龙江省哈尔滨市道里区',
  '上海市黄浦区',
  '江苏省南京市鼓楼区',
  '浙江省杭州市上城区',
  '安徽省合肥市蜀山区',
  '福建省福州市鼓楼区',
  '江西省南昌市东湖区',
  '山东省济南市历下区',
  '河南省郑州市金水区',
  '湖北省武汉市江岸区',
  '湖南省长沙市芙蓉区',
];
const NATIONAL = [
  '民政部关于确认第四批全国社区治理和服务创新实验区的通知',
  '各省、自治区、直辖市民政厅（局）：',
  '经研究，确认以下单位为第四批全国社区治理和服务创新实验区：',
  ...PROVINCES.map((p, i) => `${i + 1}.${p}：社区服务体系建设`),
  '民政部',
  '2019年1月10日',
  '',
].join('\n');

async function importFiles(page: Page, url: string, files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-walk-'));
  const paths = Object.entries(files).map(([name, text]) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  });
  await page.goto(url);
  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', paths);
  const badges = page.getByTestId('file-preview').locator('.badge');
  await expect(badges).toHaveText(paths.map(() => '待确认'));
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(badges).toHaveText(paths.map(() => '已导入'));
}

const undoButton = (page: Page) => page.getByTestId('undo-bar').locator('button').nth(0);
const redoButton = (page: Page) => page.getByTestId('undo-bar').locator('button').nth(1);
const status = (page: Page) => page.getByTestId('status-line');

/** Wholly inside the window: seen without scrolling, not cut by its edge. */
async function expectOnScreen(page: Page, l: Locator) {
  const box = (await l.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
}

test('one click importing four files is one 撤销 and one 重做, one row of 操作记录', async ({
  page,
  browserMode,
}) => {
  await importFiles(page, browserMode.url, FOUR);
  // 导入完成 on the page and in the foot's status line
  await expect(page.getByTestId('commit-summary')).toContainText('新增 12');
  await expect(status(page)).toContainText('导入完成：4 份通知写入台账');
  await expect(undoButton(page)).toHaveAccessibleName('撤销：导入 4 份通知（12 条记录）');

  await undoButton(page).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('这 4 份通知和它们带来的 12 条记录将从台账中移除');
  await page.screenshot({ path: path.join(screenshotDir, 'walk64-undo-click.png') });
  await dialog.getByRole('button', { name: '撤销' }).click();
  await expect(status(page)).toContainText('已撤销：导入 4 份通知');
  // the summary spoke of what is no longer there: it yields to the undo
  await expect(page.getByTestId('commit-summary')).toBeHidden();
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toHaveAccessibleName('重做：导入 4 份通知（12 条记录）');

  await redoButton(page).click();
  await page.getByRole('dialog').getByRole('button', { name: '重做' }).click();
  await expect(status(page)).toContainText('已重做：导入 4 份通知');
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 12 条');

  await page.click('[data-nav="history"]');
  const rows = page.getByTestId('history-list').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('导入 4 份通知');
  await expect(rows.nth(0).getByTestId('op-parts').locator('li')).toHaveCount(4);
  await expect(rows.nth(0).locator('td.num')).toHaveText('12');
  await page.screenshot({ path: path.join(screenshotDir, 'walk64-history-step.png') });
});

test('导出 greyed by masked text says why beside the button, on screen and in its tooltip', async ({
  page,
  browserMode,
}) => {
  await importFiles(page, browserMode.url, {
    '遮挡.txt': approval(
      '第六批',
      ['保定市莲池区', '唐山市路南区', '邯郸市复兴区'],
      '推行小区****制度',
    ),
  });
  await page.click('[data-nav="export"]');
  const button = page.getByRole('button', { name: '导出', exact: true });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute('title', /暂不能导出：其中 1 条含被遮挡的文字/);
  const reason = page.getByTestId('export-blocked');
  await expect(reason).toBeVisible();
  await expectOnScreen(page, button);
  await expectOnScreen(page, reason);
  await page.screenshot({ path: path.join(screenshotDir, 'walk64-export-blocked.png') });
});

test('a blank 填报单位 is warned of before the workbook is made, and the export still goes', async ({
  page,
  browserMode,
}) => {
  await importFiles(page, browserMode.url, { '第二批.txt': FOUR['第二批.txt']! });
  await page.click('[data-nav="export"]');
  await page.getByText('Excel 领导汇总表').click();
  const warning = page.getByTestId('export-unit-blank');
  await expect(warning).toContainText('填报单位未填写');
  await expectOnScreen(page, warning);
  const button = page.getByRole('button', { name: '导出', exact: true });
  await expect(button).toBeEnabled();
  await page.screenshot({ path: path.join(screenshotDir, 'walk64-export-unit-blank.png') });
  await page
    .getByRole('textbox', { name: '填报单位' })
    .fill('河北省民政厅基层政权建设和社区治理处');
  await expect(warning).toBeHidden();
});

test('实验区 at 1280×720: the toolbar is one row, nothing cut; the 省份 facet reaches all 18', async ({
  page,
  browserMode,
}) => {
  await importFiles(page, browserMode.url, { '全国实验区.txt': NATIONAL });
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 18 条');
  const toolbar = page.getByRole('toolbar', { name: '表格工具栏' });
  const bar = (await toolbar.boundingBox())!;
  const tops = await toolbar
    .locator(':scope > *')
    .evaluateAll((els) =>
      els.map((e) =>
        Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2),
      ),
    );
  // one row: every control's middle on the same line, and the bar no taller than one control
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
  expect(bar.height).toBeLessThan(40);
  for (const b of await toolbar.locator(':scope > *').all()) {
    const box = (await b.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
  }

  const provinces = page.locator('[data-facet="province"]');
  await expect(provinces.locator('label')).toHaveCount(8);
  const more = provinces.getByRole('button', { name: /更多（共 18 个，另 10 个）/ });
  await more.click();
  await expect(provinces.locator('label')).toHaveCount(18);
  await provinces.getByRole('searchbox', { name: '查找省份' }).fill('湖');
  await expect(provinces.locator('label')).toHaveText([/湖北省/, /湖南省/]);
  await provinces.locator('label', { hasText: '湖南省' }).locator('input').check();
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await page.screenshot({ path: path.join(screenshotDir, 'walk64-zones-1280.png') });
  // folded again, the ticked province still shows among the first eight
  await provinces.getByRole('button', { name: '收起' }).click();
  await expect(provinces.locator('label', { hasText: '湖南省' })).toBeVisible();
});
