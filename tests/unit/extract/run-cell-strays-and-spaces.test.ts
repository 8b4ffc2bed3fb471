/**
 * A table cell holding a run of places as a copied list keeps it: a run joined by 、 with one
 * garbled name among places ("凉阳县" for 沭阳县) still lists every piece, the garbled one kept
 * for the reader; a run separated by spaces in a cell without 、 is one entry per place; a note
 * in brackets after a place ("永康市（丘陵县）") is no part of its name. Controls: a theme joined
 * by 、 stays one title, a place written with a space inside ("北京市 东城区") stays one place,
 * and a run with more garbled pieces than places is not read as one.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = ['同意下列县为某某示范县。', '附件：某某示范县名单'];
const read = (...rows: string[]) => readResolved([...HEAD, ...rows].join('\n'));

describe('runs of places copied into a table cell', () => {
  it('keeps the places of a run with one garbled name, the garbled one too', () => {
    const { n, codes } = read('省份\t县及县级市', '江苏\t盱眙县、宝应县、沛 县、东海县、凉阳县');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '盱眙县',
      '宝应县',
      '沛县',
      '东海县',
      '凉阳县',
    ]);
    expect(codes.slice(0, 4)).toEqual(['320830', '321023', '320322', '320722']);
  });

  it('reads a place followed by a bracketed note as the place', () => {
    const { codes } = read(
      '序号\t省份\t数量\t示范县名单',
      '1\t浙江\t3个\t永康市（丘陵县）、义乌市（丘陵县）、德清县',
    );
    expect(codes).toEqual(['330784', '330782', '330521']);
  });

  it('control: a note naming the city tells two places of one name apart', () => {
    const { codes } = read('序号\t省份\t县', '1\t江苏\t鼓楼区（南京）、鼓楼区（徐州）、沛县');
    expect(codes).toEqual(['320106', '320302', '320322']);
  });

  it('splits a cell of places separated by spaces', () => {
    const { codes } = read(
      '批次\t类别\t名单',
      '第四批\t美丽宜居小镇示范\t大冶市还地桥镇 神农架林区红坪镇',
    );
    expect(codes).toEqual(['420281', '429021']);
  });

  it('splits a cell of spaced places where one town lacks its 镇', () => {
    const { codes } = read(
      '批次\t类别\t名单',
      '第四批\t美丽宜居村庄示范\t鄂州市梁子湖区涂家垴镇万秀村 谷城县五山镇堰河村 通山县九宫山中港村',
    );
    expect(codes).toEqual(['420702', '420625', '421224']);
  });

  it('keeps a theme joined by 、 as one title (control)', () => {
    const { n } = read(
      '序号\t社区\t实验主题',
      '1\t江苏省南京市鼓楼区\t党建引领、多元共治、服务群众',
    );
    expect(n.records).toHaveLength(1);
    expect(n.records[0]?.title).toContain('多元共治');
  });

  it('keeps a place written with a space inside as one place (control)', () => {
    const { codes } = read('序号\t地区\t主题', '1\t北京市 东城区\t社区协商');
    expect(codes).toEqual(['110101']);
  });

  it('does not read a run of mostly garbled names as places (control)', () => {
    const { n } = read('省份\t县及县级市', '江苏\t盱眙县、凉阳县、深阳市');
    expect(n.records).toHaveLength(1);
  });
});
