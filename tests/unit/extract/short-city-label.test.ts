/**
 * A prefecture-level city written without 市 before its colon ("南京:江宁生命科技小镇、…",
 * "无锡:…") labels the places after it as "南京市:" does, so the city is no entry of its own.
 * Control: a county-level city written short (江阴:) is read as it was.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { shortCityLabel } from '../../../src/main/core/import/extract/prose-labels';
import { readResolved } from './helpers';

describe('a prefecture written short before its colon', () => {
  it('labels the places after it and is no entry', () => {
    const { codes } = readResolved(
      '第二批省级特色小镇创建名单\n南京:江宁生命科技小镇、溧水空港会展小镇\n' +
        '盐城:亭湖环保科技小镇、盐都智能终端小镇\n',
    );
    expect(codes).toEqual(['320115', '320117', '320902', '320903']);
  });

  it('leaves a county-level city written short as it was read', () => {
    const { codes } = readResolved('名单如下\n江阴:周庄镇、华士镇\n');
    expect(codes).toEqual(['320281', '320281', '320281']);
  });

  it("takes no headline's short city as a label (no enumeration after the colon)", () => {
    const lookup = gazetteerRegionLookup();
    const city = { text: '阜阳', start: 0, sep: ':' };
    const headline = { text: '移风易俗推动乡村婚俗巨变', start: 3, sep: '' };
    expect(shortCityLabel(city, headline, lookup)).toBeNull();
    const run = { text: '太和县', start: 3, sep: '、' };
    expect(shortCityLabel(city, run, lookup)).toBe('阜阳市');
  });
});
