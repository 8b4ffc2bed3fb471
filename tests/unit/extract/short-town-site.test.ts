/**
 * Characteristic towns listed under their city's label, each named after its township written
 * without 镇 ("常州：西夏墅工具智造小镇"): the township is read inside the label's place and the
 * trade name after it is the title, though the first characters read elsewhere name another
 * province's district (西夏) or nothing at all (武坚, 曹甸). A county written short keeps its
 * plain reading, and a bare 特色小镇 after a place is no trade town.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { inContext } from '../../../src/main/core/import/extract/sentence-pieces';
import { shortTownSite } from '../../../src/main/core/import/extract/short-town-site';

const read = (lines: string[]) => {
  const { n, codes } = readResolved(lines.join('\n'));
  return { rows: n.records.map((r) => [r.regionText, r.title]), codes };
};

describe('trade towns named after their township written short under a city label', () => {
  it('read the township inside the label, the trade name the title', () => {
    const { rows, codes } = read([
      '第二批省级特色小镇创建名单',
      '常州：别桥无人机小镇、西夏墅工具智造小镇、武进瑞声科技小镇',
      '扬州：武坚智能高压电气小镇、曹甸教玩具小镇',
    ]);
    expect(codes).toEqual(['320481', '320411', '320412', '321012', '321023']);
    expect(rows).toEqual([
      ['别桥', '无人机小镇'],
      ['西夏墅', '工具智造小镇'],
      ['武进', '瑞声科技小镇'],
      ['武坚', '智能高压电气小镇'],
      ['曹甸', '教玩具小镇'],
    ]);
  });

  it('a bare 特色小镇, or a name the label holds no township for, is no such town', () => {
    const lookup = gazetteerRegionLookup();
    const inChangzhou = inContext(lookup, { province: '江苏省', city: '常州市' });
    const piece = (text: string) => ({ text, start: 0, sep: '、' });
    expect(shortTownSite(piece('西夏墅特色小镇'), inChangzhou)).toBeNull();
    expect(shortTownSite(piece('曹甸教玩具小镇'), inChangzhou)).toBeNull();
    expect(shortTownSite(piece('西夏墅工具智造小镇'), inChangzhou)?.regionText).toBe('西夏墅');
  });
});
