/**
 * A final report's date a notice states (请于2027年5月底前提交实验工作终期报告) is the
 * deadline, and an extension naming the record speaks last on its duties: before, the
 * confirmation's 实验期满前 kept the report at the extended end, a month late, citing the
 * confirmation. Controls: no stated date keeps the end; a date stated for the first end is
 * superseded by an extension; a zone the extension does not name keeps the confirmation's
 * rule.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import { periodOf } from '../../../src/main/core/schedule/cycle';
import { recordMilestones } from '../../../src/main/core/schedule/record-milestones';
import { effectiveRules } from '../../../src/main/core/schedule/rule-set';

const CONFIRMATION = 1;
const EXTENSION = 2;
const confirmation = [
  rule('range', { from: '2024-07', to: '2026-06' }, { noticeId: CONFIRMATION }),
  rule('final_report', {}, { noticeId: CONFIRMATION, text: '实验期满前，应报送实验工作终期报告' }),
];
const extended = rule('extension', { until: '2027-06-30', recordId: 7 }, { programme: null });
const extensionReport = rule(
  'final_report',
  { date: '2027-05-31' },
  { noticeId: EXTENSION, noticeRole: 'extension', text: '请于2027年5月底前提交实验工作终期报告' },
);

const finalReport = (noticeIds: number[], rules: typeof confirmation) => {
  const eff = effectiveRules({ id: 7, programme: 'P', noticeIds }, rules);
  const p = periodOf(eff, '2024-07-10')!;
  const m = recordMilestones(7, p, eff, CONFIRMATION).find((x) => x.kind === 'final_report')!;
  return { due: m.dueOn, rule: eff.duties.get('final_report')!.rule };
};

describe('a final report date the notices state', () => {
  it("is the extended zone's deadline, from the extension's sentence", () => {
    const got = finalReport(
      [CONFIRMATION, EXTENSION],
      [...confirmation, extended, extensionReport],
    );
    expect(got.due).toBe('2027-05-31');
    expect(got.rule.text).toContain('2027年5月底前');
  });

  it("is the later extension's date when a second extension moved the end again", () => {
    const SECOND = 3;
    const again = rule('extension', { until: '2028-06-30', recordId: 7 }, { programme: null });
    const secondReport = rule(
      'final_report',
      { date: '2028-05-31' },
      { noticeId: SECOND, noticeRole: 'extension', text: '请于2028年5月底前提交实验工作终期报告' },
    );
    const got = finalReport(
      [CONFIRMATION, EXTENSION, SECOND],
      [...confirmation, extended, extensionReport, again, secondReport],
    );
    expect(got.due).toBe('2028-05-31');
    expect(got.rule.noticeId).toBe(SECOND);
  });

  it('a confirmation stating its own date sets it', () => {
    const dated = [
      confirmation[0]!,
      rule('final_report', { date: '2026-05-31' }, { noticeId: CONFIRMATION }),
    ];
    expect(finalReport([CONFIRMATION], dated).due).toBe('2026-05-31');
  });

  it('controls: the end without a date; a first-end date superseded by an extension', () => {
    expect(finalReport([CONFIRMATION], confirmation).due).toBe('2026-06-30');
    const dated = [
      confirmation[0]!,
      rule('final_report', { date: '2026-05-31' }, { noticeId: CONFIRMATION }),
    ];
    expect(finalReport([CONFIRMATION], [...dated, extended]).due).toBe('2027-06-30');
  });

  it("control: a zone the extension does not name keeps the confirmation's rule", () => {
    const eff = effectiveRules({ id: 8, programme: 'P', noticeIds: [CONFIRMATION] }, [
      ...confirmation,
      extensionReport,
    ]);
    expect(eff.duties.get('final_report')?.rule.noticeId).toBe(CONFIRMATION);
    const p = periodOf(eff, '2024-07-10')!;
    expect(recordMilestones(8, p, eff, 1).find((x) => x.kind === 'final_report')?.dueOn).toBe(
      '2026-06-30',
    );
  });
});
