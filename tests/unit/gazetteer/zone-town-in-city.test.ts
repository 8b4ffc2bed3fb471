/**
 * A zone written between its city and an ordinary township ("某市某某新区某镇"): the zone has no
 * code, the township lies in one of the city's counties, and that county answers — only when
 * the city has one township of that name. A township the data does not have (merged away)
 * leaves its village to place the line, when that village lies in one county of the city.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';

describe('a township written after its city and a zone', () => {
  it('is placed in the one county of the city that has it', () => {
    const r = resolveRegion('贵州省毕节市某某新区梨树镇某某村');
    expect(r.regionCode).toBe('520502');
    expect(r.level).toBe('town');
    expect(r.note).toContain('功能区');
    expect(resolveRegion('毕节市某某工业园区柏杨林街道').regionCode).toBe('520502');
  });

  it('is placed there after a culture-and-tourism zone (文旅区) too', () => {
    const r = resolveRegion('贵州省毕节市某某文旅区梨树镇某某村');
    expect(r.regionCode).toBe('520502');
    expect(r.note).toContain('功能区');
  });

  it('stays at the city when the township is in two of its counties or none', () => {
    expect(resolveRegion('毕节市某某新区岔河镇').regionCode).toBe('520500');
    expect(resolveRegion('毕节市某某新区某某镇').regionCode).toBe('520500');
    expect(resolveRegion('毕节市某某新区').regionCode).toBe('520500');
  });

  it('is placed by its village when the township is not in the data', () => {
    const r = resolveRegion('杭州市某某新区某某镇松木场社区');
    expect(r.regionCode).toBe('330106');
    expect(r.level).toBe('county');
    expect(r.note).toContain('松木场社区');
    // A village of that name in two of the city's counties places nothing: the city stays.
    expect(resolveRegion('杭州市某某新区某某镇花园社区').regionCode).toBe('330100');
  });
});
