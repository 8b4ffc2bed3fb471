/**
 * Places a notice writes with a level left out, read inside the unit it does write: a
 * community straight after its prefecture, a township under a province-wide notice, a
 * township after a 台商投资区, and a city without districts whose townships the statistical
 * codes file under a county-level copy of the city.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a community written right after its prefecture', () => {
  it('is placed in its district when the name lies in one district of that city', () => {
    const r = resolveRegion('江苏省南京市莫愁湖社区', { asOf: '2021-03-01' });
    expect(r.regionCode).toBe('320105');
    expect(r.level).toBe('village');
  });

  it('stays at the city when two districts of the city hold the name', () => {
    const r = resolveRegion('江苏省南京市长虹路社区', { asOf: '2021-03-01' });
    expect(r.regionCode).toBe('320100');
    expect(r.level).toBe('city');
  });
});

describe('a township under a province-wide notice', () => {
  it('is placed in its county when no other township of the province has the name', () => {
    const r = resolveRegion('向塘镇新村社区', { asOf: '2021-03-01', context: '江西省' });
    expect(r.regionCode).toBe('360121');
  });

  it('is not guessed when several counties of the province have it', () => {
    const r = resolveRegion('城关镇新华社区', { asOf: '2021-03-01', context: '河南省' });
    expect(r.regionCode).toBeNull();
  });

  it('is not searched province-wide without a province in the context', () => {
    // (with its village after it, the pair may still be one place nationwide: see
    // unwritten-county.test.ts)
    expect(resolveRegion('向塘镇', { asOf: '2021-03-01' }).regionCode).toBeNull();
  });
});

describe('a township after a 台商投资区', () => {
  it('files under the county that holds the township, and says the zone is no division', () => {
    const r = resolveRegion('漳州市台商投资区角美镇', { asOf: '2022-05-01', context: '福建省' });
    expect(r.regionCode).toBe('350604');
    expect(r.note).toContain('不是行政区划');
  });
});

describe('a city without districts', () => {
  it('hangs its townships on the city code, not on the statistical county-level copy', () => {
    const r = resolveRegion('嘉峪关市雄关街道', { asOf: '2021-03-01' });
    expect(r.level).toBe('town');
    expect(r.regionCode).toBe('620200');
  });
});
