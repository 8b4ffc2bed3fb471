/**
 * A table listing its entries in two place columns ("省份 | 试点地市 | 试点县（市、区）"), each
 * cell a run of places: the cities and the counties of a row are all entries, placed in the row's
 * province, a lone place in either column too. A header naming a level after 试点/示范 is a place
 * column of that level. A table whose city column names one city per row still reads that city
 * as the group its counties lie in.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = ['同意下列单位为某某改革试点单位。', '附件：某某改革试点单位名单'];

describe('tables listing entries in several place columns', () => {
  it('reads the places of both columns, a lone one too', () => {
    const { n, codes } = readResolved(
      [
        ...HEAD,
        '省份\t试点地市\t试点县（市、区）',
        '天津\t——\t宝坻区',
        '山西\t大同市、朔州市\t阳曲县、平遥县',
        '湖南\t岳阳市、常德市\t浏阳市',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '', '', '', '', '']);
    expect(codes).toEqual([
      '120115',
      '140200',
      '140600',
      '140122',
      '140728',
      '430600',
      '430700',
      '430181',
    ]);
  });

  it('keeps a one-city column as the group of the counties beside it', () => {
    const { codes } = readResolved(
      [...HEAD, '市\t县（市、区）', '太原市\t阳曲县、清徐县', '长治市\t襄垣县、屯留县'].join('\n'),
    );
    expect(codes).toEqual(['140122', '140121', '140423', '140424']);
  });
});
