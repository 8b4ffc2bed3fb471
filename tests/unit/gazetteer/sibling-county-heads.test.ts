/**
 * A city's villages listed one after another, each glued to its own county written short
 * (某区某村、某区某村): the county at the head of an item is its own, even when the village is
 * not in the statistical lists, never the county of the item before it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a county written short at the head of the next item of a list', () => {
  it('takes the neighbour county of the same city the item writes', () => {
    const previous = resolveRegion('椒江区', { asOf: '2020-05-01', context: '浙江省' });
    expect(previous.regionCode).toBe('331002');
    const next = resolveRegion('路桥青峰岙村', { asOf: '2020-05-01', context: '浙江省', previous });
    expect(next.regionCode).toBe('331004');
  });

  it('still lets the item before speak for a far place read out of a name', () => {
    const previous = resolveRegion('椒江区', { asOf: '2020-05-01', context: '浙江省' });
    const next = resolveRegion('长春路社区', { asOf: '2020-05-01', previous });
    expect(next.regionCode).not.toBe('220100');
  });
});

describe('a far city read out of the front of an item in a list of another city’s villages', () => {
  it('is the village named after the unknown words, found in the city of the item before', () => {
    const previous = resolveRegion('温岭市', { asOf: '2020-05-01', context: '浙江省' });
    const next = resolveRegion('杭州湾烟墩坝村', {
      asOf: '2020-05-01',
      context: '浙江省',
      previous,
    });
    expect(next.regionCode).toBe('331002');
  });
});
