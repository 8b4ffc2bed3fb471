/**
 * A story naming a national list's best known few writes each village after its province alone
 * ("贵州云舍村", "浙江余村"): a name no other village of the province bears is that village; a name
 * the province holds twice leaves the answer at the province.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a village written after its province alone', () => {
  it('is the one village of the province with that name', () => {
    const r = resolveRegion('贵州云舍村');
    expect(r.regionCode).toBe('520621');
    expect(r.level).toBe('village');
    expect(resolveRegion('贵州省云舍村').regionCode).toBe('520621');
  });

  it('stays at the province when the province holds the name twice (control)', () => {
    expect(resolveRegion('四川战旗村').regionCode).toBe('510000');
    expect(resolveRegion('浙江余村').regionCode).toBe('330000');
  });

  it('leaves a city after its province as it was (control)', () => {
    expect(resolveRegion('贵州省铜仁市').regionCode).toBe('520600');
  });
});
