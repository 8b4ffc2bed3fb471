/**
 * A province's share told by tiers, each counted by its level before a bracket of its places
 * ("福建省共6个市、县列入…,其中市级2个(…),县级4个(福清市、泰宁县、永安市、福安市)"): a tier whose
 * count equals its places, each read whole, gives them as entries. A tier whose count differs,
 * or whose bracket holds what no division list reads, gives none. Real division names, composed
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (sentence: string) => readResolved(['定了!三明2个!', sentence].join('\n'));

describe('a tier counted by its level before its places in brackets', () => {
  it('reads each place of the tier', () => {
    const { codes } = read(
      '福建省共6个市、县列入深化农村公路管理养护体制改革试点地区,其中市级2个(泉州市、龙岩市),县级4个(福清市、泰宁县、永安市、福安市)。',
    );
    expect(codes).toEqual(['350500', '350800', '350181', '350429', '350481', '350981']);
  });

  it('reads none where the count differs, or the bracket holds no places', () => {
    expect(
      read('福建省有试点地区列入,其中县级5个(福清市、泰宁县、永安市、福安市)。').codes,
    ).toEqual([]);
    expect(
      read('全市评出先进单位,其中市级2个(交通局、财政局),县级2个(公路站、养护站)。').codes,
    ).toEqual([]);
  });
});
