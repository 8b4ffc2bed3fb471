/**
 * 期限 a page at a time (deadlines/page, deadlines/month): the pages of a section joined are
 * the list's items of that section, in the list's order, on dates before, inside and after
 * the batches' cycles, with and without a filter; the counts are the sections' lengths; the
 * month holds what the calendar drew from the list.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlineMonth } from '../../src/main/app/schedule/deadline-month';
import { deadlinePage } from '../../src/main/app/schedule/deadline-page';
import { deadlineZoneChoices } from '../../src/main/app/schedule/deadline-zones';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { updateMilestoneStatus } from '../../src/main/app/schedule/schedule-edits';
import { openDatabase } from '../../src/main/db/open-database';
import type { Ledger } from '../../src/main/db/ledger';
import { DEADLINE_SECTIONS, type DeadlineSection } from '../../src/shared/deadline-pages';
import { deadlineWho, isOpenDuty, type DeadlineItem } from '../../src/shared/schedule';
import { repoRoot } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let file: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, file, cleanup } = await tempLedger());
  const dir = path.join(__dirname, '..', 'fixtures', 'schedule');
  await importFiles(
    ledger,
    ['three-year-approval.txt', 'objection-window.txt', 'range-approval.txt'].map((name) => ({
      name,
      bytes: readFileSync(path.join(dir, name)),
    })),
  );
});
afterEach(() => cleanup());

/** The list's own reading of each section (DueLists drew these from the whole list). */
const inSection = (s: DeadlineSection, within: number) => (i: DeadlineItem) => {
  if (s === 'overdue') return i.status === 'overdue' && !i.historical;
  if (s === 'history') return i.status === 'overdue' && !!i.historical;
  if (s === 'soon') return isOpenDuty(i) && i.daysLeft >= 0 && i.daysLeft <= within;
  if (s === 'later') return isOpenDuty(i) && i.daysLeft > within;
  return isOpenDuty(i);
};

/** Every page of a section, joined. */
function joined(q: Omit<Parameters<typeof deadlinePage>[1], 'offset' | 'limit'>, limit: number) {
  const out: DeadlineItem[] = [];
  for (let offset = 0; ; offset += limit) {
    const p = deadlinePage(ledger, { ...q, offset, limit });
    out.push(...p.items);
    if (offset + limit >= p.total) return { items: out, total: p.total };
  }
}

const DATES = ['2016-06-01', '2017-01-20', '2018-05-01', '2026-12-06', '2031-03-01'];

describe.each(DATES)('as of %s', (asOf) => {
  it('each section, paged, is the list’s section in the list’s order', () => {
    const list = deadlines(ledger, { asOf });
    expect(list.length).toBeGreaterThan(0);
    for (const section of DEADLINE_SECTIONS)
      for (const within of [7, 30, 365]) {
        const want = list.filter(inSection(section, within));
        const got = joined({ asOf, section, within }, 3);
        expect(got.total, `${section} ${within}`).toBe(want.length);
        expect(got.items, `${section} ${within}`).toEqual(want);
      }
  });

  it('the counts are the sections’ lengths, and a filter narrows every one of them', () => {
    const list = deadlines(ledger, { asOf });
    const who = deadlineWho(list.find((i) => i.record !== null)!)!;
    for (const filter of [undefined, who, '年度计划', `${who} 终期`, '没有这样的字']) {
      const words = (filter ?? '').split(' ').filter(Boolean);
      const shown = list.filter((i) => {
        const said = [
          i.record?.regionText,
          i.record?.unit,
          i.record?.title,
          i.record?.programme,
          i.label,
          i.rule.text,
          i.notice?.title,
          i.notice?.docNo,
          i.notice?.issuer,
          i.notice?.issuedOn,
          i.notice?.file,
        ].join('\n');
        return words.every((w) => said.includes(w));
      });
      const p = deadlinePage(ledger, {
        asOf,
        section: 'soon',
        within: 30,
        filter,
        offset: 0,
        limit: 5,
      });
      const n = (s: DeadlineSection, w = 30) => shown.filter(inSection(s, w)).length;
      expect(p.counts, String(filter)).toEqual({
        overdue: n('overdue'),
        history: n('history'),
        soon: n('soon'),
        later: n('later'),
        open: n('open'),
        within7: n('soon', 7),
        within30: n('soon', 30),
        within90: n('soon', 90),
      });
      expect(p.listed).toBe(list.length);
      for (const section of DEADLINE_SECTIONS)
        expect(joined({ asOf, section, within: 30, filter }, 4).items).toEqual(
          shown.filter(inSection(section, 30)),
        );
    }
  });

  it('a month narrows to the open duties ending in it, as a home-page bar counts', () => {
    const list = deadlines(ledger, { asOf });
    const months = [...new Set(list.map((i) => (i.endOn ?? i.dueOn).slice(0, 7)))];
    for (const month of months.slice(0, 6)) {
      const want = list.filter((i) => isOpenDuty(i) && (i.endOn ?? i.dueOn).startsWith(month));
      expect(joined({ asOf, section: 'open', within: 30, month }, 2).items).toEqual(want);
    }
  });

  it('the month view holds each day’s items as the calendar placed them from the list', () => {
    const list = deadlines(ledger, { asOf });
    for (const month of ['2016-05', '2017-01', asOf.slice(0, 7)]) {
      const m = deadlineMonth(ledger, { asOf, month });
      const byDay = new Map<string, DeadlineItem[]>();
      for (const i of list) {
        if (i.dueOn.startsWith(month)) byDay.set(i.dueOn, [...(byDay.get(i.dueOn) ?? []), i]);
        if (i.endOn?.startsWith(month) && i.endOn !== i.dueOn)
          byDay.set(i.endOn, [...(byDay.get(i.endOn) ?? []), i]);
      }
      expect(m.days.map((d) => [d.day, d.total])).toEqual(
        [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, l]) => [d, l.length]),
      );
      for (const d of m.days) expect(d.items).toEqual(byDay.get(d.day)!.slice(0, 4));
    }
  });
});

it('全选 reaches the whole section: its stored ids, asked for, whatever the page', () => {
  const asOf = '2017-01-20';
  const list = deadlines(ledger, { asOf });
  const p = deadlinePage(ledger, {
    asOf,
    section: 'overdue',
    within: 30,
    offset: 0,
    limit: 1,
    ids: true,
  });
  expect(p.items).toHaveLength(1);
  expect(p.ids).toEqual(list.filter(inSection('overdue', 30)).map((i) => i.id));
  expect(
    deadlinePage(ledger, { asOf, section: 'overdue', within: 30, offset: 0, limit: 1 }).ids,
  ).toBeUndefined();
});

it('a window marks the days it runs through', () => {
  const w = deadlines(ledger, { asOf: '2017-01-20' }).find((i) => i.endOn && i.endOn > i.dueOn)!;
  const month = w.dueOn.slice(0, 7);
  const m = deadlineMonth(ledger, { asOf: '2017-01-20', month });
  const inside = m.windowDays.filter((d) => d > w.dueOn && d < w.endOn!);
  expect(inside.length).toBeGreaterThan(0);
  expect(m.windowDays).not.toContain(w.dueOn);
});

it('the timeline’s search finds records with deadlines by place, and says when there are more', () => {
  const all = deadlineZoneChoices(ledger, { text: '', limit: 200 });
  expect(all.zones.length).toBeGreaterThan(1);
  const one = all.zones[0]!;
  const found = deadlineZoneChoices(ledger, { text: one.name, limit: 50 });
  expect(found.zones.map((z) => z.recordId)).toContain(one.recordId);
  expect(
    found.zones.every((z) => z.name.includes(one.name) || z.programme?.includes(one.name)),
  ).toBe(true);
  const first = deadlineZoneChoices(ledger, { text: '', limit: 1 });
  expect(first.zones).toHaveLength(1);
  expect(first.more).toBe(true);
  expect(deadlineZoneChoices(ledger, { text: '没有这样的地方', limit: 50 }).zones).toEqual([]);
});

it('a page after a write sees it, made on this connection or on another', () => {
  const asOf = '2017-01-20';
  const page = () =>
    deadlinePage(ledger, { asOf, section: 'overdue', within: 30, offset: 0, limit: 50 });
  const before = page();
  expect(page()).toEqual(before);
  updateMilestoneStatus(ledger, { id: before.items[0]!.id, status: 'done' });
  const after = page();
  expect(after.total).toBe(before.total - 1);
  expect(after.items.map((i) => i.id)).not.toContain(before.items[0]!.id);
  // the reader thread's connection is another one: the main thread's commits must reach it
  const other = openDatabase(file);
  try {
    other.prepare("UPDATE milestones SET status = 'done' WHERE id = ?").run(after.items[0]!.id);
  } finally {
    other.close();
  }
  expect(page().total).toBe(after.total - 1);
  // the command line on the same file, in another process, while the app holds it open
  const third = page().items[0]!.id;
  const cli = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'cli',
      '--',
      'api',
      'milestones/update',
      JSON.stringify({ id: third, status: 'done' }),
      '--db',
      file,
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  expect(page().total).toBe(after.total - 2);
  expect(page().items.map((i) => i.id)).not.toContain(third);
}, 120_000);
