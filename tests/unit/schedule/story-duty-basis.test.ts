/**
 * A story reports; it sets nothing already on record. A news item's sentence on a duty or on
 * the period that an official notice naming the record, the programme's notices or its
 * defaults already state is a mention: the record's duty keeps its official basis (依据) and
 * date. Where nothing official says it, the story's word still governs the records it names;
 * an official extension still moves the end.
 */
import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../../../src/main/core/schedule/rule-set';
import { rule } from '../../support/rule-row';

const story = { noticeId: 2, noticeRole: 'news' } as const;
const confirmation = { noticeId: 1, noticeRole: 'confirmation' } as const;
// The story came first (it made the record); the confirmation joined it later.
const named = { id: 1, programme: 'P', noticeIds: [2, 1] };

describe('a story naming a duty on record', () => {
  it('neither re-dates the duty nor becomes its basis', () => {
    const official = rule('annual_summary', { month: 12, day: 31 }, confirmation);
    const told = rule('annual_summary', { month: 11, day: 30 }, story);
    const eff = effectiveRules(named, [told, official]);
    expect(eff.duties.get('annual_summary')?.rule.id).toBe(official.id);
    expect(eff.duties.get('annual_summary')?.params).toMatchObject({ month: 12, day: 31 });
  });

  it("gives way to the programme's notices and defaults too", () => {
    const told = rule('annual_summary', { month: 11, day: 30 }, story);
    const byDefault = rule('annual_summary', { month: 12, day: 31 });
    expect(effectiveRules(named, [told, byDefault]).duties.get('annual_summary')?.rule.id).toBe(
      byDefault.id,
    );
    const rules = rule(
      'annual_summary',
      { month: 12, day: 31 },
      { noticeId: 5, noticeRole: 'rules_only' },
    );
    expect(effectiveRules(named, [told, rules]).duties.get('annual_summary')?.rule.id).toBe(
      rules.id,
    );
  });

  it('moves no period the confirmation states', () => {
    const official = rule('cycle', { years: 2 }, confirmation);
    const told = rule('cycle', { years: 3 }, story);
    expect(effectiveRules(named, [told, official]).period?.rule.id).toBe(official.id);
  });

  it('still governs what nothing official says', () => {
    const told = rule('annual_summary', { month: 11, day: 30 }, story);
    const generic = rule('annual_summary', { month: 12, day: 31 }, { programme: null });
    const eff = effectiveRules(named, [told, generic, rule('cycle', { years: 2 }, confirmation)]);
    expect(eff.duties.get('annual_summary')?.rule.id).toBe(told.id);
    expect(eff.duties.get('annual_summary')?.params).toMatchObject({ month: 11 });
  });

  it('leaves an official extension its word on the duty', () => {
    const official = rule('final_report', { beforeEndDays: 0 }, confirmation);
    const told = rule('final_report', { beforeEndDays: 30 }, story);
    const extended = rule(
      'final_report',
      { beforeEndDays: 10 },
      { noticeId: 4, noticeRole: 'extension' },
    );
    const eff = effectiveRules({ ...named, noticeIds: [2, 1, 4] }, [told, official, extended]);
    expect(eff.duties.get('final_report')?.rule.id).toBe(extended.id);
  });
});
