/**
 * Two short forms lists write: a wing's name by its stem's first character and 左/右
 * (喀喇沁左翼蒙古族自治县 as 喀左县, 科尔沁左翼中旗 as 科左中旗, 察哈尔右翼前旗 as 察右前旗), and a
 * zone named after a municipality's district written short after the municipality (重庆市万盛
 * 经开区: 万盛, now inside 綦江区, holds it), which answers as it does written bare. Controls: a
 * municipality's zone named after no district (重庆市两江新区) still answers at the municipality;
 * a plain 左旗 keeps its own name only.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { shortForms } from '../../../src/main/core/gazetteer/name-index';

describe('a wing written short', () => {
  it('is the county or banner of that wing', () => {
    expect(resolveRegion('辽宁省喀左县').code).toBe('211324');
    expect(resolveRegion('遼寧省喀左縣').code).toBe('211324');
    expect(resolveRegion('科左中旗').code).toBe('150521');
    expect(resolveRegion('内蒙古科右前旗').code).toBe('152221');
  });

  it('only a wing (左翼, 右翼) has such a form', () => {
    expect(shortForms('喀喇沁左翼蒙古族自治县')).toContain('喀左县');
    expect(shortForms('阿拉善左旗')).not.toContain('阿左旗');
  });
});

describe('a zone after a municipality named after its district written short', () => {
  it('lies in that district, as the zone written bare does', () => {
    expect(resolveRegion('重庆市万盛经开区').regionCode).toBe('500110');
    expect(resolveRegion('万盛经开区').regionCode).toBe('500110');
  });

  it('a zone named after no district answers at the municipality', () => {
    expect(resolveRegion('重庆市两江新区').regionCode).toBe('500000');
  });
});
