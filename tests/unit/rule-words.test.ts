/**
 * The deadlines page's rules panel says what each notice rule set. A deadline with no year (a
 * notice that gives none) is kept undated: the panel showed it as 须报送；日期按本项目默认规则,
 * hiding the month and day the notice wrote.
 */
import { describe, expect, it } from 'vitest';
import { ruleKindLabel } from '../../src/renderer/src/features/deadlines/labels';
import { ruleWords } from '../../src/renderer/src/features/deadlines/rule-words';

const rule = (kind: string, params: Record<string, unknown>) => ({ kind, params });

describe('ruleWords: a deadline as its notice set it', () => {
  it('shows a yearless day with its month and day, the year said to be missing', () => {
    expect(ruleWords(rule('deadline', { date: null, month: 11, day: 15, endOfMonth: false }))).toBe(
      '11月15日前（年份未注明）',
    );
    expect(ruleWords(rule('deadline', { date: null, month: 9, day: null, endOfMonth: true }))).toBe(
      '9月底前（年份未注明）',
    );
    expect(
      ruleWords(
        rule('deadline', { date: null, month: 4, day: 18, endOfMonth: false, reply: true }),
      ),
    ).toBe('4月18日前反馈（年份未注明）');
  });
  it('shows a dated one with its year, and never calls either the programme default', () => {
    expect(ruleWords(rule('deadline', { date: '2024-11-15', endOfMonth: false }))).toBe(
      '2024年11月15日前',
    );
    expect(ruleWords(rule('deadline', { date: '2024-09-30', endOfMonth: true }))).toBe(
      '2024年9月底前',
    );
    expect(ruleWords(rule('final_report', { date: '2022-12-31' }))).toBe('2022年12月31日前报送');
  });
  it('leaves a report the notice gave no day to the programme’s default', () => {
    expect(ruleWords(rule('final_report', {}))).toBe('须报送；日期按本项目默认规则');
    expect(ruleWords(rule('annual_deadline', { month: 9 }))).toBe('每年 9 月底前');
  });
});

describe('a yearly filing (年检材料 due every year) is no round of applying', () => {
  const filing = rule('annual_deadline', { month: 3, day: 31, endOfMonth: false, filing: true });
  const call = rule('annual_deadline', { month: 3, day: 31, endOfMonth: false });
  it('is named a filing date, planned by nothing', () => {
    expect(ruleKindLabel(filing)).toBe('每年报送截止');
    expect(ruleWords(filing)).toBe('每年 3 月31 日前报送（不生成节点）');
  });
  it('while a yearly call, and a stored rule without the flag, stay an application', () => {
    expect(ruleKindLabel(call)).toBe('每年申报截止');
    expect(ruleWords(call)).toBe('每年 3 月31 日前');
    expect(ruleKindLabel(rule('extension', {}))).toBe('延期');
  });
});
