/**
 * A banner written by its first character and 旗, as local headlines write their own banner:
 * read under a one-city context when only one banner of that city opens with that character.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';

const code = (text: string, context?: string) =>
  resolveRegion(text, { ...(context ? { context } : {}), asOf: '2022-06-01' }).code;

describe('a banner written short (某旗)', () => {
  it('is the one banner of the context city whose name opens with that character', () => {
    expect(code('阿旗', '内蒙古自治区锡林郭勒盟')).toBe('152522');
    expect(code('太旗', '锡林郭勒盟')).toBe('152527');
  });

  it('stays unresolved when two banners of the city open alike', () => {
    expect(code('苏旗', '内蒙古自治区锡林郭勒盟')).toBeNull();
  });

  it('stays unresolved without a city to read it in', () => {
    expect(code('阿旗')).toBeNull();
    expect(code('阿旗', '内蒙古自治区')).toBeNull();
  });
});
