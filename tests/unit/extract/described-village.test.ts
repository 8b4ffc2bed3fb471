/**
 * What a village is said to be after its name ("…楼源村，是远近闻名的蔬菜种植村"): a copula first
 * and a 的 inside, a description that ends in 村 but names no village. Controls: names that open
 * with the same characters but hold no 的 (为民村) are still written like places.
 */
import { describe, expect, it } from 'vitest';
import { looksLikePlace } from '../../../src/main/core/import/extract/place-like';
import { readResolved } from './helpers';

describe('a description of a village', () => {
  it('is not written like a place', () => {
    expect(looksLikePlace('是远近闻名的蔬菜种植村')).toBe(false);
    expect(looksLikePlace('为全省闻名的文明社区')).toBe(false);
  });

  it('leaves names that open alike as places (control)', () => {
    for (const name of ['为民村', '是家坪村', '新华村']) expect(looksLikePlace(name)).toBe(true);
  });

  it('after a feature’s village is no entry', () => {
    const got = readResolved(
      [
        '三明这2个村要在全国出名啦',
        '福建省七村上榜：',
        '永安市西洋镇内炉村(永安内炉芙蓉李)',
        '柘荣县东源乡铁场村(辣椒)',
        '三明市三元区莘口镇楼源村，是远近闻名的蔬菜种植村。',
      ].join('\n'),
    ).n.records.map((r) => r.regionText ?? '');
    expect(got.some((r) => r.includes('远近闻名'))).toBe(false);
  });
});
