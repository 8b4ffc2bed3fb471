/**
 * A row's cell of two towns joined by 、 under its city ("鹤壁市 | 淇滨区钜桥镇、淇县灵山街道办事处"):
 * each is an entry, a street written with its office word (灵山街道办事处) as whole as any; a
 * place followed by another office word stays no entry of its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a cell of two towns under its city', () => {
  it('makes one entry per town, a street with its office word too', () => {
    const { n, codes } = readResolved(
      [
        '第一批省级美丽小镇名单',
        '省辖市\t名单',
        '安阳市\t林州市姚村镇、滑县牛屯镇、汤阴县韩庄镇',
        '鹤壁市\t淇滨区钜桥镇、淇县灵山街道办事处',
        '漯河市\t召陵区万金镇、郾城区龙城镇',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '', '', '', '']);
    expect(codes).toEqual(['410581', '410526', '410523', '410611', '410622', '411104', '411103']);
  });

  it('keeps a theme cell naming a place and an office as one title', () => {
    const { n } = readResolved(
      ['示范单位名单', '地区\t名称', '鹤壁市\t淇县民政局办公室、淇县财政局办公室'].join('\n'),
    );
    expect(n.records).toHaveLength(1);
  });
});
