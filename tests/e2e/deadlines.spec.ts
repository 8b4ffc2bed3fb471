/**
 * 期限 in browser mode: notices go in through the real import API, then the start-up
 * reminder, the due lists with mark-done, the month calendar, a zone's timeline with an
 * extension, the rules, and the ICS download; an old batch's duties folded away as
 * 历史事项; date fields that read 2017-01-20 on an English system too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';

const FIXTURES = ['three-year-approval.txt', 'objection-window.txt', 'working-day-window.txt'];

async function importFixtures(page: Page) {
  const files = FIXTURES.map((name) => ({
    name,
    dataBase64: readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'schedule', name)).toString(
      'base64',
    ),
  }));
  const result = await page.evaluate(async (payload) => {
    // Runs in the page; the Node-side tsconfig has no DOM types, hence the narrow cast.
    const doc = (
      globalThis as unknown as {
        document: { querySelector(s: string): { content?: string } | null };
      }
    ).document;
    const token = doc.querySelector('meta[name="taizhang-token"]')?.content ?? '';
    const res = await fetch('/api/import/files', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
      body: JSON.stringify({ input: { files: payload } }),
    });
    return (await res.json()) as { ok: boolean };
  }, files);
  expect(result.ok).toBe(true);
}

test.beforeEach(async ({ page }) => {
  // Record system notifications instead of showing them; permission already granted.
  await page.addInitScript(() => {
    const calls: { title: string; body?: string }[] = [];
    const win = globalThis as unknown as { __notifications: typeof calls; Notification: unknown };
    win.__notifications = calls;
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, opts?: { body?: string }) {
        calls.push({ title, body: opts?.body });
      }
    }
    win.Notification = FakeNotification;
  });
});

test('start-up reminder: a system notification once and a banner on 首页', async ({
  page,
  browserMode,
}) => {
  // A day inside the 2016 batch's cycle: its overdue duties are work then, not history.
  await page.clock.setFixedTime(new Date('2017-06-01T09:00:00+08:00'));
  await page.goto(browserMode.url);
  await importFixtures(page);
  await page.reload();
  const banner = page.getByTestId('deadline-banner');
  await expect(banner).toContainText('已逾期');
  await expect(page.getByTestId('deadline-stats')).toContainText('已逾期');
  const calls = await page.evaluate(
    () => (globalThis as unknown as { __notifications: { title: string }[] }).__notifications,
  );
  expect(calls).toHaveLength(1);
  expect(calls[0]!.title).toContain('台账期限提醒');
  await page.screenshot({ path: path.join(screenshotDir, 'deadlines-home.png') });
});

test('due lists, mark done with a note, calendar, timeline with extension, rules, ICS', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  await page.getByLabel('截至日期').fill('2017-01-20');

  const overdue = page.getByRole('region', { name: '已逾期' });
  await expect(overdue.locator('tr.ms-row')).toHaveCount(6); // 2016 plan and summary of three zones
  const soon = page.getByRole('region', { name: '即将到期' });
  await soon.getByRole('tab', { name: /30 天内/ }).click();
  await expect(soon.locator('tr.ms-row')).toHaveCount(3); // 2017 plans due 01-31
  await page.screenshot({ path: path.join(screenshotDir, 'deadlines-due.png'), fullPage: true });

  const row = soon.locator('tr.ms-row').first();
  await row.getByRole('button', { name: '标记完成' }).click();
  await row.getByLabel('备注').fill('已收到纸质版');
  await row.getByRole('button', { name: '确认完成' }).click();
  // Done work leaves the to-do list; the zone's timeline shows it done, with the note.
  await expect(soon.locator('tr.ms-row')).toHaveCount(2);

  await page.getByRole('tab', { name: '月历' }).click();
  await expect(page.getByRole('heading', { name: '2017年1月' })).toBeVisible();
  await expect(page.locator('[data-day="2017-01-31"] .calendar-item')).toHaveCount(3);
  await page.screenshot({
    path: path.join(screenshotDir, 'deadlines-calendar.png'),
    fullPage: true,
  });

  await page.getByRole('tab', { name: '实验区时间线' }).click();
  const timeline = page.getByRole('region', { name: '实验区时间线' });
  await expect(timeline.locator('.timeline-list li')).toHaveCount(9);
  await expect(
    timeline.locator('.timeline-list li', { hasText: '2017年度实验计划' }),
  ).toContainText('已完成');
  await expect(
    timeline.locator('.timeline-list li', { hasText: '2017年度实验计划' }),
  ).toContainText('已收到纸质版');
  await timeline.getByRole('textbox', { name: '延期至' }).fill('2020-05-10');
  await timeline.getByRole('button', { name: '登记延期' }).click();
  await expect(timeline.locator('.timeline-list')).toContainText('2019-05-10 至 2020-05-10 延期');
  await expect(timeline.locator('.timeline-list')).toContainText('2020-05-10 终期报告');
  await page.screenshot({
    path: path.join(screenshotDir, 'deadlines-timeline.png'),
    fullPage: true,
  });

  await page.getByRole('tab', { name: '规则' }).click();
  await expect(page.getByText('全国社区治理和服务创新实验区', { exact: true })).toBeVisible();
  await expect(page.locator('.rule-notice').first()).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'deadlines-rules.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出日历（ICS）' }).click();
  const file = await (await download).path();
  const ics = readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('DTSTART;VALUE=DATE:20170131');
});

test('ticked rows are completed together as one operation, and one 撤销 takes them back', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  await page.getByLabel('截至日期').fill('2017-01-20');
  const overdue = page.getByRole('region', { name: '已逾期' });
  await expect(overdue.locator('tr.ms-row')).toHaveCount(6);
  const keys = await overdue
    .locator('tr.ms-row')
    .evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute('data-milestone')));
  await overdue.locator('tr.ms-row').nth(0).getByRole('checkbox').check();
  await overdue.locator('tr.ms-row').nth(1).getByRole('checkbox').check();
  // The 期限 bulk bar's empty date field shows a format hint, pale, never a date that looks filled in.
  const dueBefore = page.getByRole('textbox', { name: '到期不晚于' });
  await expect(dueBefore).toHaveValue('');
  expect(await dueBefore.getAttribute('placeholder')).not.toMatch(/\d/);
  const colours = await dueBefore.evaluate((el) => {
    const win = globalThis as unknown as {
      getComputedStyle(e: unknown, p?: string): { color: string };
    };
    return [win.getComputedStyle(el).color, win.getComputedStyle(el, '::placeholder').color];
  });
  expect(colours[1]).not.toBe(colours[0]);
  const bar = page.getByRole('group', { name: '处理选中的期限' });
  await expect(bar).toContainText('已选 2 项');
  await bar.getByLabel('选中项备注').fill('材料已齐');
  await bar.getByRole('button', { name: '选中项标为已完成' }).click();
  await expect(overdue.locator('tr.ms-row')).toHaveCount(4);
  await expect(bar).toBeHidden();

  const stored = async () =>
    (await ledgerCall(page, 'deadlines/list', { asOf: '2017-01-20' })).filter((m) =>
      keys.includes(m.key),
    );
  expect((await stored()).map((m) => [m.storedStatus, m.note])).toEqual([
    ['done', '材料已齐'],
    ['done', '材料已齐'],
  ]);
  // The other overdue duties were not touched.
  const rest = (await ledgerCall(page, 'deadlines/list', { asOf: '2017-01-20' })).filter(
    (m) => m.status === 'overdue',
  );
  expect(rest).toHaveLength(4);

  const undo = page.getByTestId('undo-bar').locator('.undo-button').first();
  await expect(undo).toHaveAccessibleName(/批量完成 2 项期限/);
  await undo.click();
  // Taking back a bulk change is confirmed first: it names what it will undo.
  const confirm = page.getByRole('dialog', { name: /撤销：批量完成 2 项期限/ });
  await confirm.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(overdue.locator('tr.ms-row')).toHaveCount(6);
  expect((await stored()).map((m) => m.storedStatus)).toEqual(['pending', 'pending']);
});

test.describe('on an English system', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('an old batch imported today: its duties are 历史事项, folded away and counted apart', async ({
    page,
    browserMode,
  }) => {
    await page.goto(browserMode.url);
    await importFixtures(page);
    await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
    const asOf = page.getByLabel('截至日期');
    await expect(asOf).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(asOf).toHaveAttribute('type', 'text');
    const list = await ledgerCall(page, 'deadlines/list', { asOf: await asOf.inputValue() });
    const late = list.filter((m) => m.status === 'overdue');
    const old = late.filter((m) => m.historical);
    // The 2016 batch's cycle ended years before it was imported: all of it is history.
    const of2016 = late.filter((m) => m.record?.regionText === '北京市东城区');
    expect(of2016.length).toBeGreaterThanOrEqual(8);
    expect(of2016.every((m) => m.historical)).toBe(true);

    const overdue = page.getByRole('region', { name: '已逾期' });
    await expect(overdue.locator('tr.ms-row')).toHaveCount(late.length - old.length);
    await expect(overdue).not.toContainText('北京市东城区');
    const history = page.locator('details.due-history');
    await expect(history.locator('summary')).toContainText(`历史事项 ${old.length}`);
    await expect(history.locator('tr.ms-row').first()).toBeHidden();
    await history.locator('summary').click();
    await expect(history.locator('tr.ms-row')).toHaveCount(old.length);
    await page.screenshot({
      path: path.join(screenshotDir, 'deadlines-history.png'),
      fullPage: true,
    });

    // The zone's timeline files the same duties as history too, never as days overdue.
    await page.getByRole('tab', { name: '实验区时间线' }).click();
    const timeline = page.getByRole('region', { name: '实验区时间线' });
    await timeline.getByLabel('实验区：').selectOption({ label: '北京市东城区' });
    const marks = timeline.locator('.timeline-list li', { hasText: '年度实验计划' });
    await expect(marks.first()).toContainText('历史事项');
    await expect(timeline.locator('.timeline-list')).not.toContainText('逾期');
    await page.screenshot({
      path: path.join(screenshotDir, 'deadlines-history-timeline.png'),
      fullPage: true,
    });

    // 首页 counts only the overdue work, not the history: with nothing else to chase it says
    // so in words, with the history's count, never a row of zeros.
    expect(late.length - old.length).toBe(0);
    await page.goto(browserMode.url);
    const stats = page.getByTestId('deadline-stats');
    await expect(stats).toContainText('暂无待办期限');
    await expect(stats).toContainText(`另有历史事项 ${old.length} 项`);
    await expect(stats.locator('.stat-value')).toHaveCount(0);
    await page.screenshot({ path: path.join(screenshotDir, 'deadlines-home-history-only.png') });

    // Typed as staff write it, the date reads back as 2017-01-20 on this English system;
    // inside the cycle the same duties are overdue work again.
    await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
    await asOf.fill('2017年1月20日');
    await expect(overdue.locator('tr.ms-row')).toHaveCount(6);
    await asOf.blur();
    await expect(asOf).toHaveValue('2017-01-20');
    await expect(page.locator('details.due-history')).toHaveCount(0);
  });
});
