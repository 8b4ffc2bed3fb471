/**
 * Cities with no county level are read from the division data on a date (towns coded directly
 * under the city, or a lone county-level entry that is the city itself again), never from a
 * list of names; and in such a city a street named like a far district is the city's own.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { countylessCities } from '../../../src/main/core/gazetteer/countyless-city';

const names = (asOf: string) => countylessCities(asOf).map((u) => u.name);

describe('cities with no counties', () => {
  it('are the cities whose towns sit directly under them', () => {
    expect(names('2020-03-11')).toEqual(
      expect.arrayContaining(['东莞市', '中山市', '儋州市', '嘉峪关市']),
    );
    expect(names('2020-03-11')).not.toContain('佛山市');
  });

  it('follow the data’s dates: a county-level city before it became a prefecture is none', () => {
    expect(names('2015-01-01')).not.toContain('儋州市');
    expect(names('2017-01-01')).toContain('儋州市');
  });
});

describe('a street named like a far district, in a city with no counties', () => {
  it('is the city’s street even where nothing after it is read', () => {
    // 东区 alone is 攀枝花市东区; 中山市 holds 东区街道 and no district at all.
    const r = resolveRegion('东区某某社区', { asOf: '2020-03-11', context: '广东省中山市' });
    expect(r.code?.slice(0, 9)).toBe('442000002');
  });

  it('without such a city as its context the far district stands', () => {
    const r = resolveRegion('东区', { asOf: '2020-03-11' });
    expect(r.code).toBe('510402');
  });
});
