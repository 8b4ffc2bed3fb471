/**
 * Sentences written like the shapes this round's rules read, that are none: a year's end of a
 * start already made or of a figure, a place inside a count that won a prize, a run of quotes whose close lies in a later clause,
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

describe('a place inside its count that won a prize', () => {
  it('is no entry', () => {
    expect(read('包括郑州市在内的8个城市荣获优秀组织奖。').codes).toEqual(['410300']);
  });
});

describe('a year’s end that is no start due', () => {
  it('sets no deadline for a start already made', () => {
    expect(read('第一批试点已于2014年底前启动。').deadlines).toEqual([]);
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
