/**
 * Region strings of later notices: a village grouped after its township with 的 or written
 * without 村, a town made a street office since, a county-level city turned district named
 * short as the context, and a characteristic town fused with its county's short name.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a village after its township and 的, or without 村, under the county of the context', () => {
  it('takes the county when the township and village are not in the town lists', () => {
    for (const text of ['青云镇的新岙', '青云镇新岙', '青云镇的新岙村']) {
      const r = resolveRegion(text, { asOf: '2018-01-01', context: '浙江省宁波市镇海区' });
      expect(r.regionCode).toBe('330211');
      expect(r.note).toContain('按上下文所在区县');
    }
  });

  it('reads a town made a street office since as that street office', () => {
    const r = resolveRegion('骆驼镇的新岙', { asOf: '2018-01-01', context: '浙江省宁波市镇海区' });
    expect(r.code).toBe('330211003');
  });

  it('a context naming a city turned district short (临安) is one county', () => {
    const r = resolveRegion('青云镇新岙', { asOf: '2018-01-01', context: '临安' });
    expect(['330112', '330185']).toContain(r.regionCode);
  });

  it('still never guesses without a context', () => {
    expect(resolveRegion('青云镇新岙', { asOf: '2018-01-01' }).code).toBe(null);
  });
});

describe('a characteristic town fused with its county short name', () => {
  it('reads the county before a long town name ending in 小镇', () => {
    expect(resolveRegion('嵊州越剧文化创意产业小镇').regionCode).toBe('330683');
  });

  it('reads no place out of a town name that starts with no county', () => {
    expect(resolveRegion('美丽乡村特色产业小镇').code).toBe(null);
  });
});

describe('a university named after its province or city', () => {
  it('lies in the place its name starts with, inside the context', () => {
    expect(resolveRegion('贵州民族大学', { context: '贵州省' }).regionCode).toBe('520000');
    expect(resolveRegion('遵义医科大学', { context: '贵州省' }).regionCode).toBe('520300');
  });

  it('is placed nowhere without a context', () => {
    expect(resolveRegion('贵州民族大学').regionCode).toBeNull();
  });
});
