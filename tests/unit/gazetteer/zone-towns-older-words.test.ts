/**
 * Zone lists written the way provincial notices write them: a 示范区 is a zone word like
 * 开发区 or 新区, a zone under a provincial notice names its township inside that province,
 * and the township may carry an older or longer level word than the statistical code list
 * (乡 for a town upgraded to 镇, 办事处 for a 街道).
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('示范区 zones, a provincial context, and older township words', () => {
  it('a 示范区 before a township is a zone: the township says the county', () => {
    const r = resolveRegion('湖南省岳阳滨湖示范区钱粮湖镇', { asOf: '2012-01-01' });
    expect(r.regionCode).toBe('430611');
  });

  it('a zone with no place in front, under a provincial notice, is searched in that province', () => {
    const r = resolveRegion('岳阳滨湖示范区钱粮湖镇', { asOf: '2012-01-01', context: '湖南省' });
    expect(r.regionCode).toBe('430611');
    expect(r.code).toBe('430611103');
  });

  it('办事处 after a zone is the 街道 of that stem', () => {
    const r = resolveRegion('常德经济开发区德山办事处', {
      asOf: '2012-01-01',
      context: '湖南省',
    });
    expect(r.regionCode).toBe('430702');
  });

  it('a township written 乡 that is a 镇 in the code list is that town', () => {
    const r = resolveRegion('钱粮湖乡', { asOf: '2012-01-01', context: '湖南省岳阳市君山区' });
    expect(r.code).toBe('430611103');
  });

  it('a 乡 with no town of its stem in the scope is not taken for another', () => {
    const r = resolveRegion('德山乡', { asOf: '2012-01-01', context: '湖南省岳阳市君山区' });
    expect(String(r.code)).not.toMatch(/^\d{9}$/);
  });
});
