/** Records planned once per shared shape and copied under each id plan exactly as alone. */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import { desiredForRecord, planMemo } from '../../../src/main/core/schedule/record-plan';

const rules = [
  rule('cycle', { years: 3 }),
  rule('annual_plan', { month: 1, day: 31, firstYearDays: 30 }),
  rule('annual_summary', { month: 12, day: 31 }),
  rule('midterm', {}),
  rule('final_report', { beforeEndDays: 0 }),
  rule('acceptance', { afterEndMonths: 3 }),
  // record 3's own extension: it must never borrow its neighbours' plan
  rule('extension', { recordId: 3, until: '2024-06-30' }),
  rule('cycle', { recordId: 3, years: 4 }),
];

const confirmed = (issuedOn: string) => ({
  noticeId: 7,
  issuedOn,
  kind: 'zone_approval',
  title: '关于确认第一批示范区的通知',
  role: 'confirmation',
});

const subject = (id: number, o: Partial<ScheduleSubject> = {}): ScheduleSubject => ({
  id,
  programme: 'P',
  batch: '第一批',
  mentions: [confirmed('2019-03-15')],
  extendedUntil: null,
  failed: null,
  ...o,
});

describe('plans shared by records of one shape', () => {
  const subjects = [
    subject(1),
    subject(2),
    subject(3),
    subject(4, { mentions: [confirmed('2020-05-01')] }),
    subject(5, { extendedUntil: '2023-12' }),
    subject(6, { batch: '第二批' }),
    subject(7),
    subject(8, {
      failed: { noticeId: 9, occurredOn: '2022-04-01', sentence: '验收未通过', noticeText: '' },
    }),
  ];

  it('gives every record what planning it alone gives', () => {
    const memo = planMemo(rules);
    for (const s of subjects)
      expect(desiredForRecord(s, rules, memo)).toEqual(desiredForRecord(s, rules));
  });

  it("names each copy by its own record (keys and ids), never the first record's", () => {
    const memo = planMemo(rules);
    const first = desiredForRecord(subject(10), rules, memo);
    const copy = desiredForRecord(subject(11), rules, memo);
    expect(copy.length).toBe(first.length);
    expect(copy.length).toBeGreaterThan(3);
    expect(copy.every((m) => m.recordId === 11 && m.key.startsWith('rec:11:'))).toBe(true);
    expect(first.every((m) => m.recordId === 10 && m.key.startsWith('rec:10:'))).toBe(true);
  });

  it('plans a record with rules of its own alone', () => {
    const memo = planMemo(rules);
    desiredForRecord(subject(1), rules, memo);
    const own = desiredForRecord(subject(3), rules, memo);
    expect(own.some((m) => m.kind === 'extension')).toBe(true);
    expect(own).toEqual(desiredForRecord(subject(3), rules));
  });
});
