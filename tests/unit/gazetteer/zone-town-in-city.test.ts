/**
 * A zone written between its city and an ordinary township ("某市某某新区某镇"): the zone has no
 * code, the township lies in one of the city's counties, and that county answers — only when
 * the city has one township of that name.
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

  it('stays at the city when the township is in two of its counties or none', () => {
    expect(resolveRegion('毕节市某某新区岔河镇').regionCode).toBe('520500');
    expect(resolveRegion('毕节市某某新区某某镇').regionCode).toBe('520500');
    expect(resolveRegion('毕节市某某新区').regionCode).toBe('520500');
  });
});
