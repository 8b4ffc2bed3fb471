/**
 * The rules read a sentence's cycle and its year-month dates only where it writes 年: a cycle
 * in years, a dateless story's 今年 from the year it last wrote and a final report's one date
 * are all still read, and a sentence without 年 gives none of them (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const rules = (text: string) => readResolved(text).n.rules;

describe('the 年 gate of the rules', () => {
  it('still reads a cycle in years, spaced or in numerals', () => {
    for (const term of ['实验周期一般不超过 2 年', '实验期限为三年']) {
      const text = ['关于确认全国农村社区治理实验区的通知', `${term}，期满后进行验收。`].join('\n');
      expect(rules(text).find((r) => r.kind === 'cycle')?.params.years, term).toBeGreaterThan(0);
    }
  });

  it('still reads a final report’s one date', () => {
    const text = [
      '关于开展实验区结项验收工作的通知',
      '请各实验区于2022年12月31日前报送实验工作终期报告。',
    ].join('\n');
    const dated = rules(text).filter((r) => r.params.date === '2022-12-31');
    expect(dated.length).toBeGreaterThan(0);
  });

  it('reads no cycle where no 年 is written (control)', () => {
    const text = ['关于确认全国农村社区治理实验区的通知', '实验周期一般不超过两个月。'].join('\n');
    expect(rules(text).filter((r) => r.kind === 'cycle')).toEqual([]);
  });
});
