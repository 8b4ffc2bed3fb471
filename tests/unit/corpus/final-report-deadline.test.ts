/**
 * The corpus scorer finds a gold deadline in a final report read with its due date from the same
 * sentence ("务必于某日前提交所有总结报告"): the importer keeps the one date as the report's own
 * milestone, not as a second deadline beside it. A final report read without a date, or a
 * deadline of another sentence, finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../support/corpus/load';
import { scoreNotice } from '../../support/corpus/score';

const SENTENCE = '望各单位务必于2012年8月31日前提交所有总结报告及相关辅助照片报省中心。';
const GOLD = {
  source: 'T1',
  about: '',
  notice: { title: null, issuer: null, docNo: null, issuedOn: null, role: 'progress_report' },
  records: [],
  warnings: [],
  rules: [{ kind: 'deadline', text: '务必于2012年8月31日前提交所有总结报告' }],
} as unknown as Gold;

const found = (rules: { kind: string; text: string; params?: Record<string, unknown> }[]) =>
  scoreNotice('t', 'txt', GOLD, undefined, [], { role: null, outcomeOf: {} as never, rules })
    .rulesFound;

describe('a deadline read as a final report’s due date', () => {
  it('is found in the report read with its date', () => {
    expect(found([{ kind: 'final_report', text: SENTENCE, params: { date: '2012-08-31' } }])).toBe(
      1,
    );
  });

  it('is not found in a report read without a date, or in another sentence', () => {
    expect(found([{ kind: 'final_report', text: SENTENCE, params: {} }])).toBe(0);
    expect(
      found([
        {
          kind: 'final_report',
          text: '请于2013年1月底前报送终期报告。',
          params: { date: '2013-01-31' },
        },
      ]),
    ).toBe(0);
  });
});
