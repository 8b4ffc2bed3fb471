import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { expect, screenshotDir, test } from './support/browser-mode';
import { seriesFiles } from '../support/series/series-files';
import { commitPreview } from './support/commit-preview';
import { ledgerCall } from './support/ledger-call';
import { openSeriesImport } from './support/series-import-page';

test('a progress report and an acceptance over an existing batch join its zones, then nothing is overdue', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const { files, shoot, input, previews, commit } = await openSeriesImport(
    page,
    browserMode,
    'national-zones-2019',
  );

  await input.setInputFiles(files['01-confirmation']!);
  await expect(previews.nth(0).getByTestId('notice-role')).toHaveText('确认/公布名单');
  await commit(0);

  await input.setInputFiles(files['02-progress']!);
  const progress = previews.nth(1);
  await expect(progress.getByTestId('notice-role')).toHaveText('工作通报');
  await expect(progress.getByTestId('notice-changes')).toContainText(
    '新建 0 条记录，关联已有 31 条',
  );
  await expect(progress.locator('.ledger-joined').first()).toContainText('身份相同');
  await progress.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('preview-progress-report.png');
  await commit(1);

  await input.setInputFiles(files['04-acceptance']!);
  const acceptance = previews.nth(2);
  await expect(acceptance.getByTestId('notice-role')).toHaveText('验收/评估结果');
  await expect(acceptance.getByTestId('notice-changes')).toContainText('状态变更 31 条');
  await expect(acceptance.locator('.event-status').first()).toContainText('已验收');
  await acceptance.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('preview-acceptance.png');
  await commit(2);
  // 导入完成 counts the last click's notice: the acceptance joined all 31 and set their status.
  await expect(page.getByTestId('commit-summary')).toContainText('新增 0、关联 31、状态变更 31');
  await page.getByTestId('commit-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('import-commit-summary.png');

  // Each zone now has three sources: the flag counts them, and the panel says so and
  // lists the three notices under 来源.
  await page.click('[data-nav="zones"]');
  const flag = page.getByTestId('facets').locator('label', { hasText: '多来源/重复/关联' });
  await expect(flag.locator('.facet-count')).toHaveText('31');
  await flag.locator('input').check();
  await expect(page.locator('.page-subtitle')).toHaveText('共 31 条');
  const first = page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]');
  await first.click();
  // On a busy machine the grid may still be redrawing the filtered rows: Enter opens the panel
  // of the cell that has the focus, so wait for it.
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  await expect(panel.getByRole('heading', { name: '来源（3）' })).toBeVisible();
  await expect(panel.getByTestId('panel-many-sources')).toContainText('这条记录有 3 处来源');
  await shoot('panel-three-sources.png');

  await page.click('[data-nav="deadlines"]');
  await expect(page.getByRole('form', { name: '批量处理期限' })).toBeVisible();
  await shoot('deadlines-after-acceptance.png');
  await page.click('[data-nav="notices"]');
  await expect(page.getByTestId('grid-notices')).toContainText('验收/评估结果');
  await shoot('notices-roles.png');
});

test('in the preview a joined item is re-pointed to another zone or detached, and the commit honours it', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-series-'));
  const files = Object.fromEntries(
    (await seriesFiles('national-zones-2019')).map((f) => {
      const file = path.join(dir, f.name);
      writeFileSync(file, f.bytes);
      return [f.stem, { path: file, name: f.name }];
    }),
  );
  await page.goto(browserMode.url);
  await page.click('[data-nav="import"]');
  const input = page.getByTestId('import-file-input');
  const previews = page.getByTestId('file-preview');
  await input.setInputFiles(files['01-confirmation']!.path);
  await commitPreview(page, previews.nth(0));

  await input.setInputFiles(files['02-progress']!.path);
  const progress = previews.nth(1);
  await expect(progress.getByTestId('notice-changes')).toContainText(
    '新建 0 条记录，关联已有 31 条',
  );
  const rows = progress.locator('.preview-table tbody tr');
  await expect(rows.nth(0)).toContainText('石景山区');
  await rows.nth(0).getByRole('button', { name: '改为新建' }).click();
  await expect(rows.nth(0).getByTestId('join-choice')).toContainText('将新建记录');
  await expect(rows.nth(1)).toContainText('河北区');
  await rows.nth(1).getByRole('button', { name: '改关联…' }).click();
  await rows.nth(1).getByLabel('搜索要关联的记录').fill('徐汇区');
  await rows.nth(1).getByRole('button', { name: '搜索' }).click();
  await rows.nth(1).locator('.join-candidates button', { hasText: '徐汇区' }).first().click();
  await expect(rows.nth(1).getByTestId('join-choice')).toContainText('将关联到：上海市徐汇区');
  await page.getByRole('button', { name: '按更正重新分析' }).click();
  await expect(progress.getByTestId('notice-changes')).toContainText(
    '新建 1 条记录，关联已有 30 条',
  );
  // The chosen item says so; the zone's own item keeps its identity reason; a detached item
  // is the reviewer's choice, not a unit waiting for its confirmation.
  await expect(rows.nth(1).locator('.join-reason')).toHaveText('审核人指定关联');
  const own = rows.filter({ hasText: '徐汇区' }).nth(1);
  await expect(own.locator('.join-reason')).toContainText('身份相同');
  await expect(progress.locator('[data-code="record_without_confirmation"]')).toHaveCount(0);
  await progress.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({
    path: path.join(screenshotDir, 'preview-join-choices.png'),
    fullPage: true,
  });
  await commitPreview(page, progress);

  const zones = await ledgerCall(page, 'records/list', { kind: 'zone' });
  expect(zones).toHaveLength(32);
  const fromProgress = (r: (typeof zones)[number]) =>
    r.mentions.filter((m) => m.file === files['02-progress']!.name).length;
  const named = (place: string) => zones.filter((z) => (z.regionText ?? '').includes(place));
  // 徐汇区 holds its own mention and the re-pointed one; 河北区 keeps only its confirmation.
  expect(named('徐汇区').map(fromProgress)).toEqual([2]);
  expect(named('河北区').map(fromProgress)).toEqual([0]);
  // 石景山区: the confirmed zone, and the record the detached item made of its own.
  expect(named('石景山区').map(fromProgress).sort()).toEqual([0, 1]);
});
