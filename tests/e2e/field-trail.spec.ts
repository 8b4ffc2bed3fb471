/**
 * What a clerk can trace, in browser mode: after a confirmation and the acceptance of its
 * zones, 操作记录 says the acceptance changed 31 records to 已验收 (not only 关联已有 31), and a
 * zone's record panel tells each field's 来历 — the status from the acceptance (with its
 * sentence naming the zone), the place from the confirmation; a theme edited by hand with who and
 * when and the notice the replaced theme came from; a place from its notice's item.
 */
import path from 'node:path';
import { expect, screenshotDir, test } from './support/browser-mode';
import { importNotice } from './support/seed-notice';
import { openSeriesImport } from './support/series-import-page';

test('操作记录 says what an acceptance changed; a field’s 来历 says where its value came from and who changed it', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  const { files, input, previews, commit } = await openSeriesImport(
    page,
    browserMode,
    'national-zones-2019',
  );
  await input.setInputFiles(files['01-confirmation']!);
  await expect(previews.nth(0).getByTestId('notice-role')).toHaveText('确认/公布名单');
  await commit(0);
  await input.setInputFiles(files['04-acceptance']!);
  await expect(previews.nth(1).getByTestId('notice-role')).toHaveText('验收/评估结果');
  await commit(1);

  // 操作记录: the acceptance's row says what became of the records it joined.
  await page.click('[data-nav="history"]');
  const rows = page.getByTestId('history-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByTestId('op-effects')).toContainText('31 条记录状态改为「已验收」');
  await expect(rows.nth(0).getByTestId('op-effects')).toContainText('项期限办结');
  // The confirmation created its records: nothing held before changed.
  await expect(rows.nth(1).getByTestId('op-effects')).toHaveCount(0);
  // 记录数 says records and duties apart: the acceptance made no record, joined 31, closed duties.
  await expect(rows.nth(0).locator('td.num')).toHaveText(/^0（关联已有 31 条，期限 \d+ 项）$/);
  await page.screenshot({ path: path.join(screenshotDir, 'history-import-effects.png') });
  // Its undo says, before the clerk confirms, what goes with it; cancelled, nothing changes.
  await page.getByRole('button', { name: /^撤销：导入/ }).click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('关联的 31 条已有记录本身保留');
  await expect(ask).toContainText('一并撤回：31 条记录状态改为「已验收」');
  await expect(ask).toContainText('项期限办结');
  await page.screenshot({ path: path.join(screenshotDir, 'undo-import-effects.png') });
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(rows).toHaveCount(2);

  // A zone's panel.
  await page.click('[data-nav="zones"]');
  await expect(page.locator('.page-subtitle')).toHaveText('共 31 条');
  await page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]').click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  const toggle = (label: RegExp) =>
    panel.locator('.panel-fields dt', { hasText: label }).getByRole('button', { name: '来历' });

  // 状态: the acceptance that set it, with its sentence naming the zone (the confirmation
  // gave none, so it is not claimed as the source).
  await toggle(/^状态/).click();
  const trail = panel.getByTestId('field-trail');
  await expect(trail).toHaveCount(1);
  const steps = trail.locator('li');
  await expect(steps).toHaveCount(1);
  await expect(steps.nth(0)).toContainText('由（空）改为「已验收」');
  await expect(steps.nth(0)).toContainText('结项验收');
  await expect(steps.nth(0).locator('blockquote mark')).toHaveText('北京市石景山区');
  await expect(toggle(/^状态/)).toHaveAttribute('aria-expanded', 'true');
  await trail.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(screenshotDir, 'field-trail-status.png') });

  // 地区（原文）: read from the confirmation (one field's 来历 open at a time).
  await toggle(/^地区（原文）/).click();
  await expect(trail).toHaveCount(1);
  await expect(steps).toHaveCount(1);
  await expect(steps.nth(0)).toContainText('从通知中读出');
  await expect(steps.nth(0)).toContainText('确认为全国社区治理和服务创新实验区的批复');

  // Closed again with the same button.
  await toggle(/^地区（原文）/).click();
  await expect(trail).toHaveCount(0);

  // Another zone whose history is slow to come: its 来历 says 正在加载…, never the last
  // zone's steps, and fills in when the history arrives.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/records/history', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('grid-zone').locator('.ag-row[row-index="1"] [col-id="title"]').click();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('panel-subline')).not.toContainText('石景山区');
  await toggle(/^状态/).click();
  await expect(trail.getByTestId('loading')).toHaveText('正在加载来历…');
  await expect(steps).toHaveCount(0);
  await trail.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(screenshotDir, 'field-trail-loading.png') });
  release();
  await expect(trail.getByTestId('loading')).toHaveCount(0);
  await expect(steps).toHaveCount(1);
  await expect(steps.nth(0)).toContainText('由（空）改为「已验收」');
  await expect(steps.nth(0).locator('blockquote mark')).not.toHaveText('北京市石景山区');
  await page.unroute('**/api/records/history');
});

test('a theme edited by hand: its 来历 says who changed it when, and which notice and item the replaced theme came from', async ({
  page,
  browserMode,
}) => {
  await importNotice(page, browserMode.url);
  await page.click('[data-nav="zones"]');
  const title = page.getByTestId('grid-zone').locator('.ag-row[row-index="0"] [col-id="title"]');
  await expect(title).toHaveText('构建“红色物业”联动机制');
  await title.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('红色物业联动（已核对）');
  await page.keyboard.press('Enter');
  await expect(title).toHaveText('红色物业联动（已核对）');
  await title.click();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('record-panel');
  const toggle = (label: RegExp) =>
    panel.locator('.panel-fields dt', { hasText: label }).getByRole('button', { name: '来历' });
  const trail = panel.getByTestId('field-trail');
  const steps = trail.locator('li');

  await toggle(/^名称／主题/).click();
  await expect(steps.nth(0)).toContainText('手工修改');
  await expect(steps.nth(0)).toContainText(
    '由「构建“红色物业”联动机制」改为「红色物业联动（已核对）」',
  );
  await expect(steps.nth(1)).toContainText('最初从通知读出');
  await expect(steps.nth(1)).toContainText('关于确认第三批省级社区治理创新实验区的通知');
  await panel.screenshot({ path: path.join(screenshotDir, 'field-trail-edited.png') });

  // One field's 来历 open at a time: 地区（原文） from the notice's first item, its line shown.
  await toggle(/^地区（原文）/).click();
  await expect(trail).toHaveCount(1);
  await expect(steps).toHaveCount(1);
  await expect(steps.nth(0)).toContainText('从通知中读出');
  await expect(steps.nth(0)).toContainText('第 1 项');
  await expect(steps.nth(0).locator('mark')).toContainText('石家庄市长安区');
});
