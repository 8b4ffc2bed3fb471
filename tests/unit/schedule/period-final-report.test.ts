/**
 * A zone's term alone asks a final report by its end (the domain: a zone confirmed on D with an
 * n-year cycle owes a final report before D + n), its basis the period's own sentence; no
 * other duty is made up. Controls: no period, no report; a report a rule dates keeps its rule;
 * a report switched off stays off; the look-alikes in unasked-report-look-alikes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import { periodOf } from '../../../src/main/core/schedule/cycle';
import { recordMilestones } from '../../../src/main/core/schedule/record-milestones';
import { effectiveRules } from '../../../src/main/core/schedule/rule-set';

const rec = { id: 1, programme: 'Q', kind: 'zone', noticeIds: [9] };

describe('a final report owed for the period alone', () => {
  it('a cycle with no duty named asks the final report at its end, and nothing else', () => {
    const cycle = rule('cycle', { years: 2 }, { programme: 'Q', noticeId: 9 });
    const eff = effectiveRules(rec, [cycle]);
    expect(eff.duties.get('final_report')?.rule.id).toBe(cycle.id);
    const ms = recordMilestones(1, periodOf(eff, '2021-06-01')!, eff, 9);
    expect(ms.map((m) => [m.kind, m.dueOn, m.ruleId])).toEqual([
      ['approval', '2021-06-01', cycle.id],
      ['final_report', '2023-06-01', cycle.id],
    ]);
  });

  it('a range asks it by the range’s last day', () => {
    const range = rule(
      'range',
      { from: '2021-09', to: '2024-09' },
      { programme: 'Q', noticeId: 9 },
    );
    const eff = effectiveRules(rec, [range]);
    const ms = recordMilestones(1, periodOf(eff, '2021-09-10')!, eff, 9);
    expect(ms.find((m) => m.kind === 'final_report')?.dueOn).toBe('2024-09-30');
  });

  it('no period, no report: a duty of its own needs something to end', () => {
    const eff = effectiveRules(rec, [rule('annual_plan', { month: 3 }, { programme: 'Q' })]);
    expect(eff.period).toBeNull();
    expect(eff.duties.has('final_report')).toBe(false);
  });

  it('a report a rule asks for keeps that rule and its date', () => {
    const cycle = rule('cycle', { years: 2 }, { programme: 'Q', noticeId: 9 });
    const asked = rule('final_report', { beforeEndDays: 30 }, { programme: 'Q', noticeId: 9 });
    const eff = effectiveRules(rec, [cycle, asked]);
    expect(eff.duties.get('final_report')?.rule.id).toBe(asked.id);
    const ms = recordMilestones(1, periodOf(eff, '2021-06-01')!, eff, 9);
    expect(ms.find((m) => m.kind === 'final_report')?.dueOn).toBe('2023-05-02');
  });

  it('a report switched off stays off', () => {
    const cycle = rule('cycle', { years: 2 }, { programme: 'Q', noticeId: 9 });
    const off = rule('final_report', { enabled: false }, { programme: 'Q', noticeId: null });
    expect(effectiveRules(rec, [cycle, off]).duties.has('final_report')).toBe(false);
  });
});
