/**
 * A total split into kinds, each with its names in brackets, whose counts add up to the total:
 * every name is an entry, placed by the place it opens with (a short one included), a name
 * with no place held at the province the others lie in. Counts that do not add up, or a
 * visit's stops, are no such list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '湖北新增7个国家体育产业示范基地';
const kinds = (lead: string, groups: string) =>
  readResolved(
    [
      HEAD,
      `此次体育产业大会上，${lead}，包括${groups}。`,
      '省体育局负责人表示，将深入实施产业倍增行动。',
    ].join('\n'),
  );
const GROUPS =
  '2个体育产业示范基地（神农架、京山），1个示范单位（湖北绿城体育产业有限公司），以及4个示范项目（随州西游记户外漂流暨极限运动乐园、李小双生态智慧运动城、湖北金卉全民运动综合体、襄阳银河运动公园）';

describe('a total split into kinds with their names in brackets', () => {
  it('reads every name as an entry, placed by its place or the province', () => {
    const { n, codes } = kinds('我省新获授牌的7个国家体育产业示范基地', GROUPS);
    expect(n.records.map((r) => r.title)).toEqual([
      '',
      '',
      '湖北绿城体育产业有限公司',
      '随州西游记户外漂流暨极限运动乐园',
      '李小双生态智慧运动城',
      '湖北金卉全民运动综合体',
      '襄阳银河运动公园',
    ]);
    expect(codes).toEqual(['429021', '420882', '420000', '421300', '420000', '420000', '420600']);
  });

  it('reads nothing when the kinds do not add up to the total', () => {
    const { n } = kinds('我省新获授牌的9个国家体育产业示范基地', GROUPS);
    expect(n.records.map((r) => r.title)).not.toContain('李小双生态智慧运动城');
  });

  it('reads nothing from a visit’s stops', () => {
    const { n } = kinds('省领导先后走访了7个体育场所', GROUPS);
    expect(n.records.map((r) => r.title)).not.toContain('李小双生态智慧运动城');
  });

  it('reads nothing when a bracket holds dates, periods or notes, not names', () => {
    const places = '2个市级项目（成都市锦江区甲项目、绵阳市乙项目）';
    const titles = (lead: string, groups: string) =>
      readResolved(['四川新增示范项目', `${lead}，其中${groups}。`].join('\n')).n.records.map(
        (r) => r.title,
      );
    expect(titles('全省共有4个项目', `2个省级项目（2019年、2020年），${places}`)).not.toContain(
      '2019年',
    );
    expect(
      titles('全省共认定4个示范基地', `2个示范基地（含1个国家级、1个省级），${places}`),
    ).not.toContain('1个省级');
    expect(
      titles(
        '全年共发放补贴5个批次',
        '2个批次（一季度、二季度），3个批次（成都市、绵阳市、德阳市）',
      ),
    ).not.toContain('一季度');
    expect(titles('全省共认定3个示范基地', `1个示范单位（待定），${places}`)).not.toContain('待定');
  });
});
