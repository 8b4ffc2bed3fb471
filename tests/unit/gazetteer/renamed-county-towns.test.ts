import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a town under a county renamed with a new code', () => {
  // 崇川区 was 320602 until the 2020 merger with 港闸区, then 320613; its towns carry the new code.
  it('belongs to the county code valid on the notice date', () => {
    expect(resolveRegion('南通市崇川区和平桥街道', { asOf: '2021-03-03' }).regionCode).toBe(
      '320613',
    );
    expect(resolveRegion('南通市崇川区和平桥街道', { asOf: '2019-03-25' }).regionCode).toBe(
      '320602',
    );
    expect(resolveRegion('南通市 崇川区 和平桥街道', { asOf: '2021-03-03' }).code).toBe(
      '320613002',
    );
  });
});
