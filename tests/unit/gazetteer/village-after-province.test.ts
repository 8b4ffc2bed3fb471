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

  it('lends a name the province holds twice no county of the item before (another province)', () => {
    // "贵州云舍村、浙江余村、四川战旗村": 江口县 is 云舍村's, never 余村's or 战旗村's.
    const previous = resolveRegion('贵州云舍村');
    expect(resolveRegion('浙江余村', { previous }).regionCode).toBe('330000');
    expect(resolveRegion('四川战旗村', { previous }).regionCode).toBe('510000');
    expect(resolveRegion('浙江余村').note).toContain('同名村');
  });

  it('reads a province’s honour with its kind as no village (control)', () => {
    // 山西 holds one 文明村 and one 先进村, 黑龙江 one 示范村: the words are the list's kind here.
    expect(resolveRegion('山西省文明村镇').regionCode).toBe('140000');
    expect(resolveRegion('山西省先进村').regionCode).toBe('140000');
    expect(resolveRegion('黑龙江省示范村').regionCode).toBe('230000');
    expect(resolveRegion('浙江省先进村党组织').regionCode).toBe('330000');
  });

  it('leaves a city after its province as it was (control)', () => {
    expect(resolveRegion('贵州省铜仁市').regionCode).toBe('520600');
  });
});
