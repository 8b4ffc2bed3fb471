/**
 * A round written without its year ("获评年度“某省十佳志愿服务社区”", a page that lost or never
 * gave the number) names the honour after 年度: the bare word is no part of the name.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a round written without its year', () => {
  it('names the honour without 年度', () => {
    expect(cleanProgramme('年度“四川省十佳志愿服务社区”', null)?.name).toBe(
      '四川省十佳志愿服务社区',
    );
  });

  it('a community honoured in that round is listed in the honour alone', () => {
    const { n } = readResolved(
      [
        '内江市东兴区新江街道东风社区获评年度“四川省十佳志愿服务社区”',
        '近日，内江市东兴区新江街道东风社区获评年度“四川省十佳志愿服务社区”。',
        '该社区组建志愿服务队伍12支，常年开展关爱帮扶活动。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).toBe('四川省十佳志愿服务社区');
  });
});
