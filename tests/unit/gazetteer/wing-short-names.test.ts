/**
 * A banner or county named for a wing of its league (喀喇沁左翼蒙古族自治县, 科尔沁左翼中旗) is
 * written by the name's first character and the wing (喀左县, 科左中旗): the short form resolves
 * to it, whatever comes before; a name with no wing gets no such form.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { shortForms } from '../../../src/main/core/gazetteer/name-index';

describe('wing banners and counties written short', () => {
  it('reads 喀左县 as 喀喇沁左翼蒙古族自治县 and 科左中旗 as 科尔沁左翼中旗', () => {
    expect(resolveRegion('辽宁省喀左县').regionCode).toBe('211324');
    expect(resolveRegion('朝阳市喀左县').regionCode).toBe('211324');
    expect(resolveRegion('内蒙古科左中旗').regionCode).toBe('150521');
    expect(resolveRegion('兴安盟科右前旗').regionCode).toBe('152221');
  });

  it('gives the form only to a wing’s name', () => {
    expect(shortForms('喀喇沁左翼蒙古族自治县')).toContain('喀左县');
    expect(shortForms('科尔沁右翼中旗')).toContain('科右中旗');
    expect(shortForms('喀喇沁旗')).toEqual(['喀喇沁']);
    expect(shortForms('土默特左旗').some((s) => s.startsWith('土左'))).toBe(false);
    expect(resolveRegion('喀喇沁旗').regionCode).toBe('150428');
  });
});
