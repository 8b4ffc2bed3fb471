/**
 * 首页's deadline panel is counted by the backend (deadlines/glance): the numbers must be
 * the list's — what the page counted before from the whole list, and what each bar's link
 * opens — on dates before, inside and after a batch's cycle, history apart.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlineGlance } from '../../src/main/app/schedule/deadline-glance';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { countDeadlines } from '../../src/main/core/schedule';
import { addDays } from '../../src/main/core/schedule/dates';
import type { Ledger } from '../../src/main/db/ledger';
import { isOpenDuty } from '../../src/shared/schedule';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const notice = (name: string, lines: string[]) => ({
  name,
  bytes: Buffer.from(lines.join('\n'), 'utf8'),
});

const BATCH = notice('batch.txt', [
  '宁夏回族自治区民政厅关于确认首批全区睦邻议事创新实验区的通知',
  '各市、县（区）民政局：',
  '经各地申报、专家评审，现确认以下单位为首批全区睦邻议事创新实验区，实验周期为两年。',
  '各实验区要按时报送年度实验计划和总结，实验期满提交终期报告，由自治区民政厅组织结项验收。',
  '首批全区睦邻议事创新实验区名单',
  '1.银川市兴庆区',
  '2.吴忠市利通区',
  '3.石嘴山市大武口区',
  '宁夏回族自治区民政厅',
  '2016年5月10日',
]);

const MONTHS = 6;

it.each(['2016-06-01', '2017-03-15', '2018-05-01', '2026-12-06'])(
  'as of %s the glance counts what the list holds',
  async (asOf) => {
    await importFiles(ledger, [BATCH]);
    const all = deadlines(ledger, { asOf });
    expect(all.length).toBeGreaterThan(0);
    const g = deadlineGlance(ledger, { asOf, months: MONTHS });
    expect(g.counts).toEqual(countDeadlines(all, asOf));
    // each bar: the open duties ending that month, as the bar's link filters the list
    for (const { month, count } of g.months)
      expect(count, month).toBe(
        all.filter((i) => isOpenDuty(i) && (i.endOn ?? i.dueOn).slice(0, 7) === month).length,
      );
    expect(g.months).toHaveLength(MONTHS);
    expect(g.months[0]!.month).toBe(asOf.slice(0, 7));
    expect(g.near90).toBe(deadlines(ledger, { asOf, withinDays: 90 }).length);
    expect(g.nearMonths).toBe(deadlines(ledger, { asOf, withinDays: 31 * MONTHS }).length);
    // the reminder's first items, in the list's order
    const near = deadlines(ledger, { asOf, withinDays: 90 });
    const first = [
      ...near.filter((i) => i.status === 'overdue' && !i.historical),
      ...near.filter((i) => isOpenDuty(i) && i.daysLeft >= 0 && i.daysLeft <= 7),
    ].slice(0, 3);
    expect(g.first).toEqual(first);
  },
);

it('a date with work due in the coming week names it first', async () => {
  await importFiles(ledger, [BATCH]);
  const due = deadlines(ledger, { asOf: '2016-06-01' }).find(
    (i) => isOpenDuty(i) && i.record !== null,
  )!;
  const asOf = addDays(due.endOn ?? due.dueOn, -3);
  const g = deadlineGlance(ledger, { asOf, months: MONTHS });
  expect(g.counts.within7).toBeGreaterThan(0);
  expect(g.first[0]!.id).toBe(due.id);
  expect(g.first[0]!.record?.regionText).toBeTruthy();
});
