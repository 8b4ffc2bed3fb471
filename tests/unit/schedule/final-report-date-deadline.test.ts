/**
 * A final report's one date (务必于…前提交所有总结报告), stated as the report's rule only, is
 * planned once: as each zone's final report where its cycle plans one, else as a deadline — the
 * notice's own where the units named have no period, each unit's where the sentence puts it on
 * them. Controls: a deadline rule of the same sentence is planned once, not twice; a plain
 * deadline stays beside a cycle's report; a review's label names it.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleSubject } from '../../../src/shared/schedule';
import type { DesiredMilestone } from '../../../src/main/core/schedule/desired';
import {
  noticeOneOffs,
  oneOffLabel,
  recordOneOffs,
} from '../../../src/main/core/schedule/one-off-deadlines';
import { rule } from '../../support/rule-row';

const TEXT = '望各单位务必于2012年8月31日前提交所有总结报告及相关辅助照片。';
const UNITS_TEXT = '请各实验区务必于2012年8月31日前提交实验工作终期报告。';
const on = (text: string) => ({
  noticeId: 1,
  text,
  spanStart: 40,
  noticeIssuedOn: '2012-08-01',
  noticeRole: 'progress_report' as const,
});
const finalReport = (text = TEXT) => rule('final_report', { date: '2012-08-31' }, on(text));
const deadline = (text = TEXT) =>
  rule('deadline', { date: '2012-08-31', endOfMonth: false, reply: false }, on(text));

const subject = (id: number): ScheduleSubject => ({
  id,
  programme: 'P',
  mentions: [{ noticeId: 1, issuedOn: '2012-08-01', kind: null, title: null, role: null }],
});
const report = (recordId: number, ruleId: number): DesiredMilestone => ({
  key: `rec:${recordId}:final_report`,
  recordId,
  noticeId: 1,
  ruleId,
  kind: 'final_report',
  dueOn: '2012-08-31',
  endOn: null,
  initialStatus: 'pending',
});

describe('a final report’s date as the notice’s own deadline', () => {
  it('is one milestone of the notice where no named record plans a final report', () => {
    const fin = finalReport();
    expect(noticeOneOffs([fin], new Set([1])).map((m) => [m.recordId, m.ruleId, m.dueOn])).toEqual([
      [null, fin.id, '2012-08-31'],
    ]);
  });

  it('is planned once where a deadline rule of the same sentence states the date too', () => {
    const d = deadline();
    expect(noticeOneOffs([d, finalReport()], new Set([1])).map((m) => m.ruleId)).toEqual([d.id]);
  });

  it('is none where a named record’s cycle plans the final report', () => {
    expect(noticeOneOffs([finalReport()], new Set([1]), new Set([1]))).toEqual([]);
    // Control: a plain deadline of the notice stays, a cycle's report beside it or not.
    const call = rule(
      'deadline',
      { date: '2012-09-30', endOfMonth: false, reply: false },
      { ...on('申报材料请于2012年9月30日前报送。'), spanStart: 90 },
    );
    expect(noticeOneOffs([call], new Set([1]), new Set([1]))).toHaveLength(1);
  });
});

describe('a final report’s date the units owe', () => {
  it('is each record’s one-off where its cycle plans no report', () => {
    const rules = [finalReport(UNITS_TEXT)];
    expect(recordOneOffs(rules)(subject(5), []).map((m) => [m.recordId, m.dueOn])).toEqual([
      [5, '2012-08-31'],
    ]);
  });

  it('is no second milestone where the record plans its final report', () => {
    const fin = finalReport(UNITS_TEXT);
    expect(recordOneOffs([fin])(subject(5), [report(5, fin.id)])).toEqual([]);
    // Nor where the record's report comes from another notice's rule.
    expect(recordOneOffs([fin])(subject(5), [report(5, 999)])).toEqual([]);
  });
});

describe('a review after building', () => {
  it('is labelled by its years and review, a dated duty by what is due', () => {
    expect(oneOffLabel('示范基地建设3年后，省林业局将组织专家进行评估。')).toBe('建设3年后评估');
    expect(oneOffLabel('请于2012年8月31日前报送总结材料。')).toBe('限期报送总结材料');
  });
});
