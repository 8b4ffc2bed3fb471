/**
 * One group of the notice's pilot named by what its units try (结婚登记“跨省通办”试点 in a notice of
 * the 内地居民婚姻登记“跨省通办”试点) is a part of that programme, its units the programme's
 * (extract/pilot-group.ts). Controls: pilots sharing only a generic word (…治理试点), the same
 * name, or a name inside the other are no group.
 */
import { describe, expect, it } from 'vitest';
import { groupOfPilot } from '../../../src/main/core/import/extract/pilot-group';
import { readResolved } from './helpers';

describe('a group of the notice pilot', () => {
  it('shares the pilot words before 试点', () => {
    expect(groupOfPilot('结婚登记跨省通办试点', '内地居民婚姻登记跨省通办试点')).toBe(true);
    expect(groupOfPilot('结婚登记和离婚登记“跨省通办”试点', '内地居民婚姻登记“跨省通办”试点')).toBe(
      true,
    );
  });

  it('is no group of a pilot sharing a generic word, nor of itself', () => {
    expect(groupOfPilot('农村社区治理试点', '城市基层治理试点')).toBe(false);
    expect(groupOfPilot('婚姻登记跨省通办试点', '婚姻登记跨省通办试点')).toBe(false);
    expect(groupOfPilot('婚姻登记跨省通办试点', '内地居民婚姻登记跨省通办试点')).toBe(false);
  });

  it('gives its units the notice programme', () => {
    const { n } = readResolved(
      '中国发布丨9省市将开展某某居民婚姻登记“跨省通办”\n近日，国务院批复同意在部分地区开展某某居民婚姻登记“跨省通办”试点。\n辽宁省、山东省实施结婚登记和离婚登记“跨省通办”试点，江苏省、河南省实施结婚登记“跨省通办”试点。\n',
    );
    expect([...new Set(n.records.map((r) => r.programme))]).toEqual([
      '某某居民婚姻登记跨省通办试点',
    ]);
  });
});
