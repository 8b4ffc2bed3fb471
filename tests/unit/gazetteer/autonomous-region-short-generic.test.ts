/**
 * An autonomous region written by its short name and the bare generic (新疆自治区, 广西自治区, the
 * nationality left out) is that region, and the place written after it resolves under it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { shortForms } from '../../../src/main/core/gazetteer/name-index';

describe('an autonomous region written short with its generic', () => {
  it('resolves the place after 新疆自治区 / 宁夏自治区', () => {
    expect(resolveRegion('新疆自治区阿克苏地区', { asOf: '2013-05-14' }).regionCode).toBe('652900');
    expect(resolveRegion('宁夏自治区银川市', { asOf: '2020-01-01' }).regionCode).toBe('640100');
    expect(resolveRegion('广西自治区', { asOf: '2020-01-01' }).regionCode).toBe('450000');
  });

  it('resolves the place after an autonomous region written as a province (广西省)', () => {
    expect(resolveRegion('广西省上林县', { asOf: '2017-09-07' }).regionCode).toBe('450125');
    expect(resolveRegion('宁夏省银川市', { asOf: '2020-01-01' }).regionCode).toBe('640100');
    expect(shortForms('恩施土家族苗族自治州')).not.toContain('恩施省');
  });

  it('gives the form to autonomous regions only', () => {
    expect(shortForms('新疆维吾尔自治区')).toContain('新疆自治区');
    expect(shortForms('内蒙古自治区')).not.toContain('内蒙古自治区自治区');
    expect(shortForms('恩施土家族苗族自治州')).not.toContain('恩施自治区');
  });
});
