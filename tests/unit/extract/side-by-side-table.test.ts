/**
 * A long list of short names printed as two (or three) lists side by side in one table
 * (序号 | 名单 | 序号 | 名单): each half of a row is an item of its own, the left column's items
 * first, a filler half (/ | /) no item; a table whose columns do not repeat stays one table.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const table = (...rows: string[]) => ['第五批建设名单', ...rows].join('\n');

describe('lists side by side in one table', () => {
  it('two halves: every unit once, the left column first, the filler half dropped', () => {
    const { n, codes } = readResolved(
      table(
        '序号\t名单\t序号\t名单',
        '1\t河北省保定市\t4\t山东省烟台市',
        '2\t山西省大同市\t5\t河南省开封市',
        '3\t江苏省徐州市\t/\t/',
      ),
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(codes).toEqual(['130600', '140200', '320300', '370600', '410200']);
  });

  it('three copies of a two-column header', () => {
    const { codes } = readResolved(
      table(
        '序号\t城市\t序号\t城市\t序号\t城市',
        '1\t湖北省宜昌市\t3\t湖南省岳阳市\t5\t四川省绵阳市',
        '2\t湖北省襄阳市\t4\t湖南省常德市\t6\t四川省乐山市',
      ),
    );
    expect(codes).toEqual(['420500', '420600', '430600', '430700', '510700', '511100']);
  });

  it('a table whose columns do not repeat stays one table', () => {
    const { n } = readResolved(
      table('序号\t实验单位\t实验主题', '1\t河北省保定市\t邻里议事', '2\t山西省大同市\t社区协商'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['邻里议事', '社区协商']);
  });
});
