/**
 * A table whose rows group several places in one cell ("赣州市（3个）" | "赣州市、瑞金市、
 * 信丰县"): each place is an entry, read in the row's group place; a cell of themes with a 、
 * stays one row's title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a table cell listing several places joined by 、', () => {
  it('makes one entry per place, read inside the city the row names', () => {
    const { n, codes } = readResolved(
      [
        '拟命名模范县（市）名单',
        '所属市\t拟命名城（县）',
        '赣州市（3个）\t赣州市、瑞金市、信丰县',
        '吉安市（2个）\t吉安县、永新县',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '', '']);
    expect(codes).toEqual(['360700', '360781', '360722', '360821', '360830']);
  });

  it('reads a zone named after its city as a place of the run, in that city', () => {
    const { n, codes } = readResolved(
      [
        '试点单位名单',
        '省份\t试点地市\t试点县',
        '江西\t赣州市、吉安市\t瑞金市、信丰县、赣州市蓉江新区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '赣州市',
      '吉安市',
      '瑞金市',
      '信丰县',
      '赣州市蓉江新区',
    ]);
    expect(codes.slice(-1)).toEqual(['360700']);
  });

  it('does not add the group place when its row leaves it out', () => {
    const { codes } = readResolved(
      ['名单', '地市\t名称', '宜昌市（2个）\t宜都市、远安县', '襄阳市（2个）\t襄阳市、谷城县'].join(
        '\n',
      ),
    );
    expect(codes).toEqual(['420581', '420525', '420600', '420625']);
  });

  it('keeps a themes cell with a 、 as one row', () => {
    const { n } = readResolved(
      [
        '实验区名单',
        '序号\t实验单位\t实验主题',
        '1\t江西省赣州市瑞金市\t居民议事、协商共治',
        '2\t湖北省宜昌市宜都市\t三社联动、服务提升',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['居民议事、协商共治', '三社联动、服务提升']);
  });
});
