/**
 * A list put out for comment (拟确认…的公示) is read as a confirmation for its entries, but its
 * units are only proposed: their cycle starts with the confirmation itself, so a 公示 alone
 * gives no annual plans, no final report and no acceptance that could later show as overdue.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import { desiredForRecord } from '../../../src/main/core/schedule/record-plan';

const rules = [
  rule('cycle', { years: 3 }),
  rule('annual_plan', { month: 1, day: 31, firstYearDays: 30 }),
  rule('final_report', { beforeEndDays: 0 }),
  rule('acceptance', { afterEndMonths: 3 }),
];

const mention = (noticeId: number, issuedOn: string, title: string) => ({
  noticeId,
  issuedOn,
  kind: 'zone_approval',
  title,
  role: 'confirmation',
});

const proposed = mention(1, '2023-04-18', '某省民政厅关于2023年度省级某某实验区拟确认名单的公示');
const confirmed = mention(2, '2023-06-01', '某省民政厅关于确认2023年度省级某某实验区的通知');

const subject = (mentions: ScheduleSubject['mentions']): ScheduleSubject => ({
  id: 1,
  programme: 'P',
  batch: null,
  mentions,
  extendedUntil: null,
  failed: null,
});

describe('a proposed list starts no cycle', () => {
  it('plans nothing for units only put out for comment', () => {
    expect(desiredForRecord(subject([proposed]), rules)).toEqual([]);
  });

  it('starts the cycle on the confirmation that follows, not on the 公示', () => {
    const planned = desiredForRecord(subject([proposed, confirmed]), rules);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((m) => m.noticeId === 2)).toBe(true);
    expect(planned.find((m) => m.kind === 'final_report')?.dueOn).toBe('2026-06-01');
  });
});
