/**
 * 期限 asks for what it shows (deadlines/page, /month, /zones), in browser mode: the page
 * never asks for the whole list; the filter box narrows the sections and their counts; 以后
 * and 历史事项 are read once opened; the timeline finds a zone by what is typed; the calendar
 * reads its month. 首页's deadline panel says it is loading while its counts are read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, screenshotDir, test } from './support/browser-mode';
import { ledgerCall } from './support/ledger-call';

const FIXTURES = ['three-year-approval.txt', 'objection-window.txt', 'range-approval.txt'];

async function importFixtures(page: Page) {
  const files = FIXTURES.map((name) => ({
    name,
    dataBase64: readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'schedule', name)).toString(
      'base64',
    ),
  }));
  const r = await ledgerCall(page, 'import/files', { files });
  expect(r.files.length).toBe(FIXTURES.length);
}

/** The backend methods the page asked for, in order. */
function askedMethods(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/(.+)$/.exec(new URL(r.url()).pathname);
    if (m) asked.push(m[1]!);
  });
  return asked;
}

test('期限 reads sections, months and zones, never the whole list', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  const asked = askedMethods(page);
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  await page.getByLabel('截至日期').fill('2017-01-20');
  const overdue = page.getByRole('region', { name: '已逾期' });
  const all = await ledgerCall(page, 'deadlines/list', { asOf: '2017-01-20' });
  const late = all.filter((i) => i.status === 'overdue' && !i.historical);
  await expect(overdue.locator('tr.ms-row')).toHaveCount(late.length);
  await expect(overdue.locator('h2 .count')).toHaveText(String(late.length));

  // The filter box: only the rows holding the words typed (here what is due), in every
  // section, counts too.
  const word = '实验总结';
  await page.getByLabel('筛选期限').fill(word);
  const narrowed = await ledgerCall(page, 'deadlines/page', {
    asOf: '2017-01-20',
    section: 'overdue',
    filter: word,
  });
  const summaries = late.filter((i) => i.label.includes(word));
  expect(narrowed.total).toBe(summaries.length);
  expect(narrowed.total).toBeLessThan(late.length);
  await expect(overdue.locator('tr.ms-row')).toHaveCount(summaries.length);
  await expect(overdue.locator('h2 .count')).toHaveText(String(summaries.length));
  for (const what of await overdue.locator('tr.ms-row td strong').allTextContents())
    expect(what).toContain(word);
  await expect(page.getByTestId('deadline-find-note')).toContainText(`筛选“${word}”`);
  await page.screenshot({
    path: path.join(screenshotDir, 'deadlines-filtered.png'),
    fullPage: true,
  });
  await page.getByLabel('筛选期限').fill('');
  await expect(overdue.locator('tr.ms-row')).toHaveCount(late.length);

  // 以后: open duties past the reach, folded with their count, read once opened.
  const later = all.filter((i) => i.status === 'pending' && !i.informational && i.daysLeft > 30);
  const folded = page.locator('details.due-later');
  await expect(folded.locator('summary')).toContainText(`以后 ${later.length}`);
  await folded.locator('summary').click();
  await expect(folded.locator('tr.ms-row')).toHaveCount(later.length);
  await page.screenshot({ path: path.join(screenshotDir, 'deadlines-later.png'), fullPage: true });

  // The calendar reads its month, and the next one when asked.
  await page.getByRole('tab', { name: '月历' }).click();
  await expect(page.getByRole('heading', { name: '2017年1月' })).toBeVisible();
  const jan31 = all.filter((i) => i.dueOn === '2017-01-31' || i.endOn === '2017-01-31');
  await expect(page.locator('[data-day="2017-01-31"] .calendar-item')).toHaveCount(
    Math.min(4, jan31.length),
  );
  await page.getByRole('button', { name: '下个月' }).click();
  await expect(page.getByRole('heading', { name: '2017年2月' })).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0);

  // The timeline: a zone found by typing part of its name, its own duties only.
  await page.getByRole('tab', { name: '实验区时间线' }).click();
  const zone = late[0]!.record!.regionText!;
  const other = all.find((i) => i.record && i.record.regionText !== zone)!.record!.regionText!;
  const timeline = page.getByRole('region', { name: '实验区时间线' });
  await timeline.getByLabel('查找实验区').fill(other.slice(-3));
  await expect(timeline.locator('select option').first()).toHaveText(new RegExp(other));
  const theirs = all.filter((i) => i.record?.regionText === other);
  await expect(timeline.locator('.timeline-list li')).toHaveCount(theirs.length);
  await timeline.getByLabel('查找实验区').fill('没有这样的地方');
  await expect(timeline).toContainText('没有名称含“没有这样的地方”的实验区');
  await timeline.getByLabel('查找实验区').fill(other.slice(-3));
  await expect(timeline.locator('.timeline-list li')).toHaveCount(theirs.length);
  await page.screenshot({
    path: path.join(screenshotDir, 'deadlines-zone-search.png'),
    fullPage: true,
  });

  expect(asked).toContain('deadlines/page');
  expect(asked).toContain('deadlines/month');
  expect(asked).toContain('deadlines/zones');
  // the list is asked only for one record (the timeline) and by this spec itself
  const pageAsked = asked.filter((m) => m === 'deadlines/list').length;
  expect(pageAsked).toBeLessThanOrEqual(4);
});

test('首页 says its deadline panel is loading while the counts are read', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/deadlines/glance', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByText('正在加载期限提醒…')).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'home-deadlines-loading.png') });
  release();
  await expect(page.getByText('正在加载期限提醒…')).toHaveCount(0);
  await expect(page.getByTestId('deadline-stats')).toBeVisible();
});

test('全选 on a filtered section marks only what the filter shows, and another reach clears the ticks', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  const asOf = '2017-01-20';
  await page.getByLabel('截至日期').fill(asOf);
  const ask = (section: 'overdue' | 'soon', filter?: string, within = 30) =>
    ledgerCall(page, 'deadlines/page', {
      asOf,
      section,
      within,
      ...(filter ? { filter } : {}),
    });
  const before = await ask('overdue');
  const word = '实验总结';
  const theirs = (await ask('overdue', word)).total;
  expect(theirs).toBeGreaterThan(0);
  expect(theirs).toBeLessThan(before.total);
  const overdue = page.getByRole('region', { name: '已逾期' });
  const bulk = page.getByRole('group', { name: '处理选中的期限' });

  // A reach ticked, then a shorter one shown: what was ticked is out of sight, so untick it.
  expect(before.counts.within90).toBeGreaterThan(0);
  await page.getByRole('tab', { name: /^90 天内/ }).click();
  // 全选 asks for the section's ids first: a click, not check(), which wants the tick at once
  await page.getByLabel('全选即将到期').click();
  await expect(bulk).toContainText(`已选 ${before.counts.within90} 项`);
  await page.getByRole('tab', { name: /^7 天内/ }).click();
  await expect(bulk).toHaveCount(0);

  await page.getByLabel('筛选期限').fill(word);
  await expect(overdue.locator('h2 .count')).toHaveText(String(theirs));
  await overdue.getByLabel('全选已逾期').click();
  await expect(bulk).toContainText(`已选 ${theirs} 项`);
  await bulk.getByRole('button', { name: '选中项标为已完成' }).click();
  await expect(bulk).toHaveCount(0);
  await expect(overdue.locator('h2 .count')).toHaveText('0');
  expect((await ask('overdue')).total).toBe(before.total - theirs);
});

test('a section the counts say is empty says so while its rows are still being read', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  // A date after every cycle: nothing is due within the reach, though the ledger lists duties.
  const asOf = '2090-01-01';
  const head = await ledgerCall(page, 'deadlines/page', { asOf, section: 'overdue' });
  expect(head.listed).toBeGreaterThan(0);
  expect(head.counts.within30).toBe(0);
  // Hold 即将到期's own reads: the page has its counts, not yet the section's rows.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/deadlines/page', async (route) => {
    const body = route.request().postDataJSON() as { input?: { section?: string } } | null;
    if (body?.input?.section === 'soon') await held;
    await route.continue();
  });
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  await page.getByLabel('截至日期').fill(asOf);
  const soon = page.getByRole('region', { name: '即将到期' });
  await expect(soon.getByRole('tab', { name: /^30 天内/ })).toHaveText('30 天内（0）');
  await expect(soon).toContainText('30 天内没有到期事项。');
  await expect(soon).not.toContainText('正在加载');
  release();
  await expect(soon).toContainText('30 天内没有到期事项。');
});

test('全选 whose ids arrive after the reach changed ticks nothing', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await importFixtures(page);
  await page.goto(`${browserMode.url.split('#')[0]}#/deadlines`);
  await page.getByLabel('截至日期').fill('2017-01-20');
  const soon = page.getByRole('region', { name: '即将到期' });
  const bulk = page.getByRole('group', { name: '处理选中的期限' });
  await page.getByRole('tab', { name: /^90 天内/ }).click();
  await expect(soon.locator('tr.ms-row').first()).toBeVisible();
  // Hold the section's ids: the clerk picks a shorter reach before they come.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const isIds = (body: unknown) => !!(body as { input?: { ids?: boolean } } | null)?.input?.ids;
  await page.route('**/api/deadlines/page', async (route) => {
    if (isIds(route.request().postDataJSON())) await held;
    await route.continue();
  });
  const idsAnswered = page.waitForResponse(
    (r) => r.url().endsWith('/api/deadlines/page') && isIds(r.request().postDataJSON()),
  );
  await soon.getByLabel('全选即将到期').click();
  await page.getByRole('tab', { name: /^7 天内/ }).click();
  await expect(page.getByRole('tab', { name: /^7 天内/ })).toHaveAttribute('aria-selected', 'true');
  release();
  await idsAnswered;
  // The answer was for the 90 days no longer shown: ticking it would mark duties out of sight.
  // A bulk bar would show within a frame of the answer; give it time to, then see none.
  await page.waitForTimeout(500);
  await expect(bulk).toHaveCount(0);
});
