/**
 * A column of residential estates beside a column of their places (所在区域 | 小区): the estate is
 * the row's title at that place; alone, or beside a theme column, the estate column keeps naming
 * the row's unit.
 */
import { describe, expect, it } from 'vitest';
import { headerRoles } from '../../../src/main/core/import/extract/table-columns';
import { readResolved } from './helpers';

describe('an estate column', () => {
  it('is the title beside a place column', () => {
    expect(headerRoles(['序号', '所在区域', '小区'])).toEqual(['seq', 'region', 'title']);
    expect(headerRoles(['乡镇(街道)', '小区名称'])).toEqual(['unit', 'title']);
  });

  it('stays the unit alone or beside a theme column', () => {
    expect(headerRoles(['序号', '小区名称'])).toEqual(['seq', 'unit']);
    expect(headerRoles(['小区', '主题'])).toEqual(['unit', 'title']);
  });

  it('gives each row its estate as the title, at the district of the row', () => {
    const r = readResolved(
      '首批示范小区名单\n序号\t所在区域\t小区\n1\t庐阳区\t都市清华小区\n2\t蜀山区\t九重锦园小区\n3\t瑶海区\t银屏花园小区',
    );
    expect(r.n.records.map((x) => x.title)).toEqual([
      '都市清华小区',
      '九重锦园小区',
      '银屏花园小区',
    ]);
    expect(r.codes).toEqual(['340103', '340104', '340102']);
  });

  it('reads a community under an estate header as the row’s unit, not an estate', () => {
    const r = readResolved(
      '首批示范社区名单\n序号\t所在区域\t小区\n1\t庐阳区\t三孝口社区\n2\t瑶海区\t明光路社区',
    );
    expect(r.n.records.map((x) => [x.title, x.unit])).toEqual([
      ['', '庐阳区三孝口社区'],
      ['', '瑶海区明光路社区'],
    ]);
    expect(r.codes).toEqual(['340103', '340102']);
  });
});
