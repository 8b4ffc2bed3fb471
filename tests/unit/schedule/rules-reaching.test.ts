/**
 * A record's plan over the kept (frozen) rules reads only the rules indexed under its id,
 * notices and programme, and governs it exactly as a pass over every rule does.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../support/rule-row';
import { effectiveRules, levelsFor } from '../../../src/main/core/schedule/rule-set';
import { rulesReaching } from '../../../src/main/core/schedule/rules-reaching';
import type { RuleRow } from '../../../src/shared/schedule';

const notice = (noticeId: number, programme: string | null, o: Partial<RuleRow> = {}) => ({
  noticeId,
  programme,
  noticeIssuedOn: `2020-0${(noticeId % 9) + 1}-01`,
  ...o,
});

const rules: RuleRow[] = [
  rule('cycle', { years: 3 }, { programme: null }), // the default of every programme
  rule('annual_plan', { month: 1 }, { programme: 'P' }), // P's default
  rule('cycle', { years: 5 }, notice(1, 'P')), // P's notice
  rule('midterm', {}, notice(2, 'Q')), // another programme's notice
  rule('final_report', { beforeEndDays: 0 }, notice(3, 'Q')), // …naming a record of P
  rule('annual_summary', { month: 12 }, notice(4, 'P', { noticeRole: 'news' })),
  rule('extension', { recordId: 9, until: '2024-06-30' }, { programme: null }), // record 9's own
  rule('extension', { recordId: 8, until: '2025-06-30' }, { programme: null }), // record 8's own
  rule('acceptance', { afterEndMonths: 3 }, notice(5, null)), // a notice of no programme
  rule('annual_plan', { month: 3 }, { programme: 'Q' }), // Q's default
  rule('cycle', { years: 2 }, notice(1, 'P', { batch: '第二批' })),
];

const records = [
  { id: 9, programme: 'P', batch: '第一批', noticeIds: [1, 3] },
  { id: 8, programme: 'P', batch: null, noticeIds: [4] },
  { id: 7, programme: 'Q', batch: '第二批', noticeIds: [2, 5] },
  { id: 6, programme: null, batch: null, noticeIds: [] },
];

describe('rules that can reach a record', () => {
  it('leave out other programmes’ rules and other records’ own rules, in the rules’ order', () => {
    const kept = Object.freeze([...rules]);
    const ids = (rs: readonly RuleRow[]) => rs.map((r) => rules.indexOf(r));
    expect(ids(rulesReaching(records[0]!, kept))).toEqual([0, 1, 2, 4, 5, 6, 10]);
    expect(ids(rulesReaching(records[2]!, kept))).toEqual([0, 3, 4, 8, 9]);
    expect(ids(rulesReaching(records[3]!, kept))).toEqual([0]);
  });

  it('govern every record as a pass over every rule does', () => {
    const kept = Object.freeze([...rules]);
    for (const rec of records) {
      expect(levelsFor(rec, kept)).toEqual(levelsFor(rec, [...rules]));
      expect(effectiveRules(rec, kept)).toEqual(effectiveRules(rec, [...rules]));
    }
  });

  it('take a list that may still change whole', () => {
    expect(rulesReaching(records[3]!, rules)).toBe(rules);
  });
});
