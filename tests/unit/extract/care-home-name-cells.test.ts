/**
 * Rest homes named by the other words they go by (养护院, 老年公寓, 老年之家, 养老中心): each is a
 * body at its place with no title, as a 养老院 is, so one grading list holds all its homes alike;
 * a project named in a cell keeps its title.
 */
import { describe, expect, it } from 'vitest';
import { onlyBodyKind } from '../../../src/main/core/import/extract/body-name-cell';
import { readResolved } from './helpers';

describe('a name cell naming a rest home by another word', () => {
  it('reads every home of a grading list at its district with no title', () => {
    const { n, codes } = readResolved(
      [
        '2021年某市养老机构等级评定结果公示',
        '评定等级\t养老机构名称',
        '三级养老机构\t大连市沙河口区渤海养护院',
        '三级养老机构\t大连市沙河口区来福星老年公寓',
        '三级养老机构\t大连市甘井子区永明养老院',
      ].join('\n'),
    );
    expect(codes).toEqual(['210204', '210204', '210211']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('keeps a remainder that names more than a home', () => {
    expect(onlyBodyKind('渤海养护院')).toBe(true);
    expect(onlyBodyKind('蓝山社区养老中心')).toBe(true);
    expect(onlyBodyKind('老年公寓改造提升项目')).toBe(false);
    expect(onlyBodyKind('“夕阳红”老年之家')).toBe(false);
  });
});
