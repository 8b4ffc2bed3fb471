/**
 * A one-sentence list takes its kind from its own words before the lines above it: a closing
 * remark just before the list (…总结推广改革实验区创新经验) names cases last, yet the list names
 * zones (a relayed item's half-width colon and commas).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('the kind of a one-sentence list', () => {
  it('comes from its own line before the remark above it', () => {
    const { n, codes } = readResolved(
      [
        '某地区等为第二批全国某某改革实验区',
        '发稿时间:2021-09-22 11:24:03 来源: 某新闻网',
        '近日,民政部确认河北省邯郸市肥乡区等17个县(市、区)为第二批全国某某改革实验区。',
        '民政部表示,下一步,将总结推广改革实验区创新经验,积极构建新型文化。',
        '据悉,第二批全国某某改革实验区包括:河北省邯郸市肥乡区,山西省运城市盐湖区,浙江省三门县。',
      ].join('\n'),
    );
    expect(codes).toEqual(['130407', '140802', '331022']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
  });
});
