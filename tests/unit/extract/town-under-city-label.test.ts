/**
 * A township written alone under a city's label, fused to a characteristic town's own name
 * ("无锡：官林超导新材小镇、广益家艺小镇"): it is read inside the labelled city, so the township
 * there (官林镇 of 宜兴市, 广益街道 of 梁溪区) places it. Control: a township after an entry that
 * wrote its county is read in that county, as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '第二批省级特色小镇创建名单\n';

describe('a township under a city label', () => {
  it('is read inside the city the label names', () => {
    const { codes } = readResolved(
      HEAD + '南京:江宁生命科技小镇、溧水空港会展小镇\n无锡:官林超导新材小镇、广益家艺小镇\n',
    );
    expect(codes).toEqual(['320115', '320117', '320282', '320213']);
  });

  it('after an entry that wrote its county, is read in that county', () => {
    const { codes } = readResolved(HEAD + '苏州市:常熟市海虞镇、梅李镇、吴江区震泽镇入选。\n');
    expect(codes).toEqual(['320581', '320581', '320509']);
  });
});
