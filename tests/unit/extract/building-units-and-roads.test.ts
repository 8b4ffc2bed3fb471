/**
 * Look-alikes of the column rules read by what a header names: a 建设单位 column is the unit a
 * programme lists (示范县建设单位), no managing body; and a name cell opening with a road named
 * after a place of the row's province (江西 | 南昌路…) is no unit lying in that place.
 */
import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../src/main/core/import/extract/table-columns';
import { readResolved } from './helpers';

describe('a building unit column', () => {
  it('reads 建设单位 and 申报主体单位 as the listed unit, 管理单位 still as a remark', () => {
    expect(roleOf('建设单位')).toBe('unit');
    expect(roleOf('申报主体单位')).toBe('unit');
    expect(roleOf('管理单位')).toBe('remark');
  });

  it('places a project by the unit that builds it', () => {
    const { n, codes } = readResolved(
      [
        '第一批老年友好型社区建设项目名单',
        '序号\t项目名称\t建设单位',
        '1\t社区嵌入式养老服务\t北京市东城区和平里街道',
        '2\t老年助餐\t天津市和平区南营门街道',
      ].join('\n'),
    );
    expect(codes).toEqual(['110101', '120101']);
    expect(n.records.map((r) => r.title)).toEqual(['社区嵌入式养老服务', '老年助餐']);
  });
});

describe('a name cell opening with a road under a province column', () => {
  it('keeps the province and the whole name when the place names a road', () => {
    const { n, codes } = readResolved(
      [
        '第十九批国家水利风景区名单',
        '序号\t省份\t景区名称',
        '1\t江西\t南昌路水利风景区',
        '2\t河南\t鹤壁淇河水利风景区',
      ].join('\n'),
    );
    expect(codes).toEqual(['360000', '410600']);
    expect(n.records.map((r) => r.title)).toEqual(['南昌路水利风景区', '淇河水利风景区']);
  });
});
