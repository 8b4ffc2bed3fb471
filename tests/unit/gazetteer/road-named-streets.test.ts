/**
 * A subdistrict named after a road that is named after a province or city (湖南路街道 of
 * 南京市鼓楼区, 江宁路街道 of 上海市静安区): the place's short name opens the road's name and is
 * no place of its own, so the street never reads as 湖南省 or 江宁区. Controls: a county written
 * short before its own township (鄞州百丈街道) still leads it; a road's community in one city
 * stays where the division list puts it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { readResolved } from '../extract/helpers';

describe('a street named after a road named after a place', () => {
  it('is never the province or county its road is named after', () => {
    expect(resolveRegion('湖南路街道').names.province).not.toBe('湖南省');
    expect(resolveRegion('江宁路街道').names.county).not.toBe('江宁区');
    expect(resolveRegion('北京路街道').code).not.toBe('110000');
  });

  it('is the street of that name inside its context', () => {
    expect(resolveRegion('湖南路街道', { context: '南京市鼓楼区' }).code).toBe('320106003');
    expect(resolveRegion('江宁路街道', { context: '上海市静安区' }).code).toBe('310106006');
  });

  it('a county written short still leads its own township', () => {
    expect(resolveRegion('鄞州百丈街道').code).toBe('330212008');
  });

  it('listed under their district, both streets are its entries', () => {
    const { codes } = readResolved(
      '南京市鼓楼区民政局关于确定社区治理示范街道的通知\n' +
        '经研究，确定宁海路街道、湖南路街道为示范街道。\n',
    );
    expect(codes).toEqual(['320106', '320106']);
  });
});
