/**
 * A list of towns each followed by the honour it holds, two spaces apart ("昌平区小汤山镇  中国温泉
 * 之乡"): the honour is written like a township (…之乡, 中国…名镇) but names none, so it is no
 * entry of its own. A township the division list does not know, written after its county's
 * town, still is (control).
 */
import { describe, expect, it } from 'vitest';
import { looksLikePlace } from '../../../src/main/core/import/extract/place-like';
import { readResolved } from './helpers';

const regions = (lines: string[]) =>
  readResolved(lines.join('\n')).n.records.map((r) => r.regionText);

describe('an honour written like a township', () => {
  it('is no place', () => {
    for (const honour of ['中国温泉之乡', '中国历史文化名镇', '全国重点镇', '花木之乡'])
      expect(looksLikePlace(honour)).toBe(false);
    // Controls: names written like places still are.
    for (const place of ['黑庄户乡', '青云镇柳庄', '壁山县', '大名镇'])
      expect(looksLikePlace(place)).toBe(true);
  });

  it('beside its town in a list is no entry', () => {
    const got = regions([
      '住建部公布第一批中国特色小镇名单',
      '一、北京市(3个)',
      '房山区长沟镇  首批小城镇建设试点镇',
      '昌平区小汤山镇  中国温泉之乡',
      '二、山西省(1个)',
      '晋城市阳城县润城镇  中国历史文化名镇。历史上一直是山西阳城县最繁华的城镇之一。',
    ]);
    expect(got).not.toContain('中国温泉之乡');
    expect(got).not.toContain('中国历史文化名镇');
    expect(got).toContain('晋城市阳城县润城镇');
  });
});
