/** The rule table: which source wins, and what a period produces. */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import { periodOf } from '../../../src/main/core/schedule/cycle';
import {
  applicationDeadlines,
  noticeYear,
  objectionWindows,
} from '../../../src/main/core/schedule/notice-milestones';
import { dutyYears, recordMilestones } from '../../../src/main/core/schedule/record-milestones';
import { effectiveRules } from '../../../src/main/core/schedule/rule-set';

const defaults = [
  rule('cycle', { years: 2 }),
  rule('annual_plan', { month: 1, day: 31, firstYearDays: 30 }),
  rule('annual_summary', { month: 12, day: 31 }),
  rule('final_report', { beforeEndDays: 0 }),
  rule('acceptance', { afterEndMonths: 3 }),
];

describe('rule precedence', () => {
  it("a notice's cycle beats the programme default; the default still supplies due months", () => {
    const own = [
      rule('cycle', { years: 3 }, { noticeId: 9 }),
      rule('annual_plan', { every: 'year' }, { noticeId: 9 }),
    ];
    const eff = effectiveRules({ id: 1, programme: 'P', noticeIds: [9] }, [...defaults, ...own]);
    expect(eff.period?.params.years).toBe(3);
    expect(eff.duties.get('annual_plan')?.params).toMatchObject({ month: 1, every: 'year' });
    expect(eff.duties.get('annual_plan')?.rule.noticeId).toBe(9); // the notice's sentence is the provenance
  });

  it('a range beats a cycle at the same level; a record rule beats everything', () => {
    const own = [
      rule('cycle', { years: 3 }, { noticeId: 9 }),
      rule('range', { from: '2015-07', to: '2018-06' }, { noticeId: 9 }),
    ];
    expect(
      effectiveRules({ id: 1, programme: 'P', noticeIds: [9] }, [...defaults, ...own]).period?.rule
        .kind,
    ).toBe('range');
    const mine = rule('cycle', { years: 4, recordId: 1 }, { programme: null });
    expect(
      effectiveRules({ id: 1, programme: 'P', noticeIds: [9] }, [...defaults, ...own, mine]).period
        ?.params.years,
    ).toBe(4);
    expect(
      effectiveRules({ id: 2, programme: 'P', noticeIds: [9] }, [...defaults, ...own, mine]).period
        ?.rule.kind,
    ).toBe('range');
  });

  it('a duty switched off in the defaults produces nothing', () => {
    const off = defaults.map((r) =>
      r.kind === 'acceptance' ? { ...r, params: { enabled: false } } : r,
    );
    expect(
      effectiveRules({ id: 1, programme: 'P', noticeIds: [] }, off).duties.has('acceptance'),
    ).toBe(false);
  });

  it('other programmes get nothing from these defaults (no hidden cycle)', () => {
    expect(effectiveRules({ id: 1, programme: 'Q', noticeIds: [] }, defaults).period).toBeNull();
  });
});

describe('milestones of a period', () => {
  const eff = effectiveRules({ id: 1, programme: 'P', noticeIds: [] }, defaults);

  it('approved 2019-03-25 for two years', () => {
    const p = periodOf(eff, '2019-03-25')!;
    expect(p).toMatchObject({ start: '2019-03-25', end: '2021-03-25' });
    expect(dutyYears(p)).toEqual([2019, 2020]);
    const byKey = Object.fromEntries(recordMilestones(1, p, eff, 5).map((m) => [m.key, m.dueOn]));
    expect(byKey).toEqual({
      'rec:1:approval': '2019-03-25',
      'rec:1:annual_plan:2019': '2019-04-24',
      'rec:1:annual_summary:2019': '2019-12-31',
      'rec:1:annual_plan:2020': '2020-01-31',
      'rec:1:annual_summary:2020': '2020-12-31',
      'rec:1:final_report': '2021-03-25',
      'rec:1:acceptance': '2021-06-25',
    });
  });

  it("approved in late December: no plan for the year just ended, the next year's is the first", () => {
    const p = periodOf(eff, '2019-12-20')!;
    const plans = recordMilestones(1, p, eff, 5).filter((m) => m.kind === 'annual_plan');
    expect(plans.map((m) => [m.key, m.dueOn])).toEqual([['rec:1:annual_plan:2020', '2020-01-31']]);
  });

  it('an extension moves the end and what hangs on it, and is itself a milestone', () => {
    const ext = rule('extension', { recordId: 1, until: '2022-03-25' }, { programme: null });
    const e2 = effectiveRules({ id: 1, programme: 'P', noticeIds: [] }, [...defaults, ext]);
    const p = periodOf(e2, '2019-03-25')!;
    expect(p).toMatchObject({ plannedEnd: '2021-03-25', end: '2022-03-25' });
    const ms = recordMilestones(1, p, e2, 5);
    expect(ms.find((m) => m.kind === 'final_report')?.dueOn).toBe('2022-03-25');
    expect(ms.find((m) => m.kind === 'acceptance')?.dueOn).toBe('2022-06-25');
    expect(ms.find((m) => m.key === 'rec:1:annual_summary:2021')?.dueOn).toBe('2021-12-31');
    expect(ms.find((m) => m.kind === 'extension')).toMatchObject({
      dueOn: '2021-03-25',
      endOn: '2022-03-25',
      initialStatus: 'done',
    });
  });
});

describe('annual application deadlines', () => {
  const n1 = { noticeId: 4, kind: 'annual_deadline', noticeDocNo: '吉民发〔2019〕30号' };
  it('every year from the notice year (文号 when undated) to the horizon, until a later notice takes over', () => {
    const a = rule('annual_deadline', { month: 9, day: null, endOfMonth: true }, n1);
    expect(noticeYear(a)).toBe(2019);
    expect(applicationDeadlines([a], 2021).map((m) => m.dueOn)).toEqual([
      '2019-09-30',
      '2020-09-30',
      '2021-09-30',
    ]);
    const b = rule(
      'annual_deadline',
      { month: 6, day: 15, endOfMonth: false },
      { noticeId: 8, noticeIssuedOn: '2021-03-01' },
    );
    const both = applicationDeadlines([a, b], 2022).map((m) => `${m.noticeId}:${m.dueOn}`);
    expect(both).toEqual(['4:2019-09-30', '4:2020-09-30', '8:2021-06-15', '8:2022-06-15']);
  });
});

describe('annual application deadlines bounded by the notice', () => {
  it('a call naming its last year (2019年至2021年每年…) plans no round after it', () => {
    const a = rule(
      'annual_deadline',
      { month: 9, day: null, endOfMonth: true, lastYear: 2021 },
      { noticeId: 6, noticeIssuedOn: '2019-03-01' },
    );
    expect(applicationDeadlines([a], 2026).map((m) => m.dueOn)).toEqual([
      '2019-09-30',
      '2020-09-30',
      '2021-09-30',
    ]);
  });
});

describe('annual application deadlines within the experiment period', () => {
  const within = { month: 12, day: null, endOfMonth: true, withinCycle: true };
  const at = { noticeId: 5, noticeIssuedOn: '2019-03-01' };
  it('试点期内每年… ends with the cycle its notice states, counted from the notice', () => {
    const rules = [rule('annual_deadline', within, at), rule('cycle', { years: 2 }, at)];
    expect(applicationDeadlines(rules, 2026).map((m) => m.dueOn)).toEqual([
      '2019-12-31',
      '2020-12-31',
    ]);
  });
  it('a stated range bounds it by its last month', () => {
    const rules = [
      rule('annual_deadline', within, at),
      rule('range', { from: '2019-03', to: '2021-12' }, at),
    ];
    expect(applicationDeadlines(rules, 2026).map((m) => m.dueOn)).toEqual([
      '2019-12-31',
      '2020-12-31',
      '2021-12-31',
    ]);
  });
  it('another notice’s cycle does not bound it, and without a stated period it recurs', () => {
    const rules = [
      rule('annual_deadline', within, at),
      rule('cycle', { years: 1 }, { noticeId: 9, noticeIssuedOn: '2019-01-01' }),
    ];
    expect(applicationDeadlines(rules, 2022)).toHaveLength(4);
  });
});

describe('objection windows', () => {
  it('a window told by its end only runs from the notice’s date to that end', () => {
    const [w] = objectionWindows([
      rule(
        'objection_window',
        { from: null, to: '2019-12-09' },
        { noticeId: 7, noticeIssuedOn: '2019-12-02' },
      ),
    ]);
    expect(w).toMatchObject({ dueOn: '2019-12-02', endOn: '2019-12-09' });
    // Without the notice's date it is due on its end; without any date there is no milestone.
    const [end] = objectionWindows([
      rule('objection_window', { from: null, to: '2019-12-09' }, { noticeId: 7 }),
    ]);
    expect(end).toMatchObject({ dueOn: '2019-12-09' });
    expect(
      objectionWindows([rule('objection_window', { from: null, to: null }, { noticeId: 7 })]),
    ).toEqual([]);
  });
});

describe('whose duties a notice sets', () => {
  it("an extension's final report is owed by the zone it extends, not by the rest of the batch", () => {
    const confirmed = rule('cycle', { years: 2 }, { noticeId: 1 });
    const extended = rule('final_report', {}, { noticeId: 4, noticeRole: 'extension' });
    const rules = [confirmed, extended];
    const named = effectiveRules({ id: 1, programme: 'P', noticeIds: [1, 4] }, rules);
    expect(named.duties.get('final_report')?.rule.id).toBe(extended.id);
    // The rest of the batch owes the report its own cycle asks (period-final-report.test.ts),
    // never the extension's.
    const other = effectiveRules({ id: 2, programme: 'P', kind: 'zone', noticeIds: [1] }, rules);
    expect(other.duties.get('final_report')?.rule.id).toBe(confirmed.id);
    // The same sentence in a rules notice of the programme binds every zone.
    const general = rule('final_report', {}, { noticeId: 5, noticeRole: 'rules_only' });
    expect(
      effectiveRules({ id: 2, programme: 'P', noticeIds: [1] }, [confirmed, general]).duties.has(
        'final_report',
      ),
    ).toBe(true);
  });

  it('a duty citing a batch reaches records holding it written another way, no other batch', () => {
    const duty = rule('midterm', {}, { noticeId: 6, noticeRole: 'rules_only', batch: '第一批' });
    const figures = rule(
      'annual_plan',
      {},
      { noticeId: 8, noticeRole: 'rules_only', batch: '第2批' },
    );
    const rec = (batch: string) => ({ id: 3, programme: 'P', batch, noticeIds: [] });
    expect(effectiveRules(rec('首批'), [duty]).duties.has('midterm')).toBe(true);
    expect(effectiveRules(rec('第二批'), [duty]).duties.has('midterm')).toBe(false);
    expect(effectiveRules(rec('第二批'), [figures]).duties.has('annual_plan')).toBe(true);
    expect(effectiveRules(rec('第三批'), [figures]).duties.has('annual_plan')).toBe(false);
  });
});
