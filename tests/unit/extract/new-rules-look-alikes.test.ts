/**
 * Sentences written like the shapes this round's rules read, that are none: provinces counted
 * before 和 for a figure or a venue, a year's end that is a target or a start already made, a
 * place inside a count that won a prize, a run of quotes whose close lies in a later clause,
 * and a bracket after a quoted project that says who acted rather than whose project it is.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = [
  '第二批国家某某综合改革试点地区名单公布',
  '近日，有关部门确定洛阳市等30个城市为第二批国家某某综合改革试点地区。',
];

function read(...lines: string[]) {
  const { n, codes } = readResolved([...HEAD, ...lines].join('\n'));
  const deadlines = n.rules.filter((r) => r.kind === 'deadline');
  return { codes, deadlines, titles: n.records.map((r) => r.title) };
}

describe('provinces counted by their level, no list of the page', () => {
  it('reads no entry from provinces and a city counted for a figure', () => {
    expect(read('数据显示，广东、江苏两省和深圳等10个城市的GDP已超过万亿元。').codes).toEqual([
      '410300',
    ]);
  });

  it('reads no entry from provinces and a city where a meeting was held', () => {
    expect(read('此前，观摩会先后在浙江、福建两省和厦门等3个城市举行。').codes).toEqual(['410300']);
  });

  it('reads no entry from provinces and a city ranked', () => {
    expect(read('数据显示，浙江、福建两省和厦门等3个城市排名前列。').codes).toEqual(['410300']);
  });
});

describe('a place inside its count that won a prize', () => {
  it('is no entry', () => {
    expect(read('包括郑州市在内的8个城市荣获优秀组织奖。').codes).toEqual(['410300']);
  });
});

describe('a year’s end that is no start due', () => {
  it('sets no deadline for a target to complete by then', () => {
    expect(read('该市将于2015年底前完成全年固定资产投资任务。').deadlines).toEqual([]);
  });

  it('sets no deadline for a start already made', () => {
    expect(read('第一批试点已于2014年底前启动。').deadlines).toEqual([]);
    expect(read('第一批试点已于2014年12月底前启动。').deadlines).toEqual([]);
  });

  it('sets no deadline for a figure up to a year’s end', () => {
    expect(read('截至2015年底前，全市累计完成投资50亿元。').deadlines).toEqual([]);
  });

  it('scopes a start of another programme to that programme, not the notice’s', () => {
    const { deadlines } = read('同时，各地要在2015年底前启动农村土地制度改革试点。');
    expect(deadlines.map((r) => r.scope?.programme)).not.toContain('国家某某综合改革试点');
  });
});

describe('quoted names no run of entries', () => {
  it('reads no run whose kind word closes a later clause', () => {
    const { n } = readResolved(
      [
        '全省志愿服务项目名单公布',
        '近年来，郑州市“三服务”、洛阳市“四下基层”等活动深入开展，开封市“银龄关爱”项目入选全省优秀项目。',
      ].join('\n'),
    );
    const titles = n.records.map((r) => r.title);
    expect(titles).toContain('“银龄关爱”项目');
    expect(titles).not.toContain('三服务');
  });

  it('reads no unit from a bracket closing on who acted', () => {
    const { n } = readResolved(
      ['优秀公益项目揭晓', '“邻里守望”项目（郑州市会展中心举办）获得好评。'].join('\n'),
    );
    expect(n.records).toEqual([]);
    const recommended = readResolved(
      ['优秀公益项目揭晓', '“邻里守望”项目（郑州市民政局推荐）获“优秀公益项目”称号。'].join('\n'),
    ).n.records;
    expect(recommended.map((r) => r.unit ?? null)).not.toContain('郑州市民政局推荐');
  });
});
