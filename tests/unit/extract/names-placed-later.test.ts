/**
 * Units a story first names bare after 我市 (其中我市A社区和B社区入选) are placed where the page
 * writes them again after their county (某区A社区和B社区…入选): the county written before each, or
 * before the name it is joined to by 和 (core/import/extract/names-placed-later.ts). Names the page
 * never writes after a county, or writes after two counties, stay unplaced.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (later: string) =>
  [
    '省首批未来社区试点创建名单公布 我市两社区入选',
    '发布时间:2019-09-03  来源:中国宁波',
    '经省政府同意,近日,省发改委正式公布全省24个社区入选首批未来社区试点创建名单,其中我市划船社区和白鹤社区入选。',
    `2019年以来,根据省统一部署,市发改委组织各地开展了试点申报,${later}`,
  ].join('\n');

describe('units named bare after 我市, their county written later', () => {
  it('places both where the page writes the first after its county', () => {
    const { n, codes } = readResolved(
      story('鄞州区划船社区和白鹤社区分别以综合评价全省第一和第四的成绩入选了首批试点创建名单。'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['划船社区', '白鹤社区']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['330212', '330212']);
  });

  it('places nothing where the page never writes them after a county, or after two', () => {
    expect(
      readResolved(story('两个社区分别以综合评价全省第一和第四的成绩入选。')).n.records,
    ).toEqual([]);
    expect(
      readResolved(story('鄞州区划船社区和海曙区白鹤社区分别以综合评价全省第一和第四的成绩入选。'))
        .n.records,
    ).toEqual([]);
  });
});

describe('units named bare after 我市, placed only in the page’s own city', () => {
  it('places nothing in a county of another city the page writes them after', () => {
    // The page is Ningbo's (中国宁波); 上城区 is Hangzhou's: no unit of 我市 lies there.
    expect(
      readResolved(
        story(
          '杭州市上城区划船社区和白鹤社区分别以综合评价全省第一和第四的成绩入选了首批试点创建名单。',
        ),
      ).n.records,
    ).toEqual([]);
  });

  it('places them in a county of the city the page writes, by its short name too', () => {
    const { codes } = readResolved(
      story(
        '宁波市鄞州区划船社区和白鹤社区分别以综合评价全省第一和第四的成绩入选了首批试点创建名单。',
      ),
    );
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['330212', '330212']);
  });
});
