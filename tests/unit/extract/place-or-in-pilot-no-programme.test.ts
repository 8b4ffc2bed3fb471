/**
 * A headline's place and the bare 试点 ("广东省试点结婚和离婚登记跨省通办", "宜昌市试点…") or words
 * ending "in pilot" ("婚姻登记在试点省份可跨省通办") name no programme: the place pilots what
 * the words after it name, 在 places the pilot. Controls: a programme that is a kind of city
 * (智慧城市试点) or a level's own (省级智慧社区试点) keeps its name.
 */
import { describe, expect, it } from 'vitest';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';

const named = (title: string) => noticeProgramme(title, '', null)?.name ?? null;

describe('a place or an "in pilot" before the bare 试点', () => {
  it('names no programme', () => {
    expect(named('广东省试点结婚和离婚登记跨省通办')).toBeNull();
    expect(named('宜昌市试点推行社区网格化服务')).toBeNull();
    expect(named('扯证不限户籍地!民政部:婚姻登记在试点省份可跨省通办')).toBeNull();
  });

  it('leaves a kind of city or a level’s own pilot its name', () => {
    expect(named('我市入选国家智慧城市试点')).toBe('国家智慧城市试点');
    expect(named('河南省公布省级智慧社区试点名单')).toContain('省级智慧社区试点');
  });
});
