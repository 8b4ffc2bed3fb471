/**
 * titleKeptKey keeps titleKey's answers across calls (the join by title and the duplicate
 * check key mostly the same titles): it must give exactly titleKey's answer, the first time
 * and from what it kept, and after it started again when full.
 */
import { describe, expect, it } from 'vitest';
import { titleKey, titleKeptKey } from '../../../src/main/core/dedupe/normalize';

const TITLES = [
  null,
  undefined,
  '',
  '“邻里守望”社区治理创新',
  '鄰里守望社區治理創新', // traditional characters fold as titleKey folds them
  'ＡＢＣ社区 ２０２１ 年 工作法', // full-width letters and digits, spaces
  '某某街道办事处“三社联动”工作',
  '某某镇人民政府的协商议事和治理',
  '——',
];

describe('titleKeptKey', () => {
  it('gives titleKey’s answer, first and when asked again', () => {
    for (let round = 0; round < 2; round++)
      for (const t of TITLES) expect(titleKeptKey(t)).toBe(titleKey(t));
  });

  it('still gives titleKey’s answer after more titles than it keeps', () => {
    for (let i = 0; i <= 100_000; i++) titleKeptKey(`标题${i}`);
    for (const t of TITLES) expect(titleKeptKey(t)).toBe(titleKey(t));
    expect(titleKeptKey('标题７')).toBe(titleKey('标题７'));
  });
});
