/**
 * Table headers read by what they name: a column headed 某某名称 holds the listed thing's name
 * (景区名称, 养老机构名称), a column of the body that manages it (管理单位) names no unit, and a
 * header offering two names (流域机构/省份) is read by its place level.
 */
import { describe, expect, it } from 'vitest';
import { headerRoles, roleOf } from '../../../src/main/core/import/extract/table-columns';
import { readResolved } from './helpers';

describe('headers naming the listed thing', () => {
  it('reads 某某名称 as the name column, whatever the thing is', () => {
    expect(roleOf('景区名称')).toBe('name');
    expect(roleOf('养老机构名称')).toBe('name');
    expect(roleOf('示范区名称')).toBe('name');
  });

  it('keeps the headers the fixed lists read as they were', () => {
    expect(roleOf('单位名称')).toBe('unit');
    expect(roleOf('项目名称')).toBe('title');
    expect(roleOf('社区名称')).toBe('unit');
    expect(roleOf('名称')).toBe('title');
  });

  it('reads a managing body column as a remark, an honoured unit column as the unit', () => {
    expect(roleOf('管理单位')).toBe('remark');
    expect(roleOf('主管单位')).toBe('remark');
    expect(roleOf('示范单位')).toBe('unit');
    expect(roleOf('推荐单位')).toBe('unit');
  });

  it('reads a two-name header by the name that is a place level', () => {
    expect(roleOf('流域机构/省份')).toBe('province');
    expect(roleOf('市别/单位')).toBe('unit');
    expect(roleOf('联系人/电话')).toBe(null);
  });

  it('gives the name to the 名称 column, not to an unknown column before it', () => {
    expect(headerRoles(['序号', '类别说明', '园区名称'])).toEqual(['seq', 'remark', 'name']);
    expect(headerRoles(['序号', '类别说明', '备用'])).toEqual(['seq', 'name', 'remark']);
  });

  it('reads a grade table headed 评定等级 | 养老机构名称 by its rows, no header as an entry', () => {
    const { n, codes } = readResolved(
      [
        '某市养老机构等级评定结果公示',
        '评定等级\t养老机构名称',
        '四级养老机构\t大连市沙河口区来福星老年公寓',
        '三级养老机构\t大连市中山区同心养老院',
      ].join('\n'),
    );
    expect(codes).toEqual(['210204', '210202']);
    expect(n.records.map((r) => r.title)).not.toContain('养老机构名称');
    expect(n.records.some((r) => r.outcome?.status)).toBe(false);
  });

  it('reads no managing company as the place of the area it runs', () => {
    const { codes } = readResolved(
      [
        '第七批国家级海洋牧场示范区名单',
        '示范区名称\t面积\t管理单位',
        '青岛市灵山湾海域国家级海洋牧场示范区\t420公顷\t胶南市水产供销公司',
        '青岛市斋堂岛海域国家级海洋牧场示范区\t305公顷\t青岛敬武水产养殖有限公司',
      ].join('\n'),
    );
    expect(codes).toEqual(['370200', '370200']);
  });
});
