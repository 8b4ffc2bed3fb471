import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('an organisation named after its city written without 市', () => {
  it('lies in the one prefecture of that stem', () => {
    expect(resolveRegion('无锡阳光助残服务中心', { asOf: '2016-01-01' }).regionCode).toBe('320200');
    expect(
      resolveRegion('泰州晨曦青少年成长促进会', { asOf: '2016-01-01', context: '江苏省' })
        .regionCode,
    ).toBe('321200');
    // The city the row before gave is no bar: the name writes its own.
    expect(
      resolveRegion('泰州晨曦青少年成长促进会', { asOf: '2016-01-01', context: '江苏省无锡市' })
        .regionCode,
    ).toBe('321200');
  });

  it('lies there on a day its city also runs a zone named after it (某州工业园区)', () => {
    expect(resolveRegion('苏州某某青少年服务中心', { asOf: '2024-06-01' }).regionCode).toBe(
      '320500',
    );
  });

  it('lies in its city when the only other division of that stem is the city’s own', () => {
    // 淮安区 lies in 淮安市: the stem can only mean the city, whose care home it is.
    expect(resolveRegion('淮安明德养老服务中心', { asOf: '2018-01-01' }).regionCode).toBe('320800');
    expect(resolveRegion('淮安康宁老年护理院', { asOf: '2018-01-01' }).regionCode).toBe('320800');
  });

  it('lies in the province a body names without 省', () => {
    expect(resolveRegion('湖南星光助学基金会', { asOf: '2016-01-01' }).regionCode).toBe('430000');
  });

  it('is no city when the context lies elsewhere', () => {
    expect(
      resolveRegion('无锡阳光助残服务中心', { asOf: '2016-01-01', context: '浙江省' }).regionCode,
    ).toBe(null);
  });
});
