/**
 * A name cell naming a list by its first unit and the list's count (某某示范区等8个海洋牧场): the
 * unit is the example, the count and kind after 等 no word of its name.
 */
import { describe, expect, it } from 'vitest';
import { exampleOfCell } from '../../../src/main/core/import/extract/cell-examples';
import { readResolved } from './helpers';

describe('a name cell closed by 等N个', () => {
  it('reads the example before 等N个 as the unit', () => {
    expect(exampleOfCell('青岛市崂山湾海域龙盘国家级海洋牧场示范区等8个海洋牧场')).toBe(
      '青岛市崂山湾海域龙盘国家级海洋牧场示范区',
    );
    const { n } = readResolved(
      [
        '年度评价结果',
        '示范区名称\t结果',
        '青岛市石雀滩海域国家级海洋牧场示范区\t好',
        '青岛市崂山湾海域龙盘国家级海洋牧场示范区等8个海洋牧场\t较好',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '石雀滩海域国家级海洋牧场示范区',
      '崂山湾海域龙盘国家级海洋牧场示范区',
    ]);
  });

  it('leaves names whose 等 is no count of a list alone', () => {
    expect(exampleOfCell('三等奖获奖项目')).toBe('三等奖获奖项目');
    expect(exampleOfCell('平等和谐社区')).toBe('平等和谐社区');
    expect(exampleOfCell('等8个单位')).toBe('等8个单位');
  });
});
