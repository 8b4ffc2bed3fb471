/**
 * Numbered cases set title first and their unit after a dash (a compilation's contents:
 * "1. 一张桌子议大事——某区某服务社"), and such a list counted at one district by the sentence
 * right above it: units whose names read no place, and a case whose dash leads to its own
 * subtitle, lie in that district.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD =
  '苏州市民政局关于“苏州社区服务创新案例”评选结果的通报\n\n各县级市、区民政局：\n' +
  '经评审，评选出12个创新案例，现予以通报表扬。\n\n苏州市民政局\n2018年5月8日\n\n附件\n' +
  '苏州社区服务创新案例获奖名单\n一等奖（3个）\n';

describe('cases with their unit after a dash', () => {
  it('reads the words after the dash as the unit when they end like one', () => {
    const { n, codes } = readResolved(
      HEAD + '1.让邻里守望成为习惯——姑苏区民政局\n2.小议事会解决大难题——吴中区长桥街道\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['让邻里守望成为习惯', '小议事会解决大难题']);
    expect(n.records.map((r) => r.unit)).toEqual(['姑苏区民政局', '吴中区长桥街道']);
    expect(codes).toEqual(['320508', '320506']);
  });

  it('places a counted share at the district the sentence above counts it in', () => {
    const { n, codes } = readResolved(
      '近日，市民政局编印《社区治理创新案例选编》，收录全市案例40篇。\n' +
        '拱墅区4家社会组织的4篇案例入选。\n' +
        '1. 一张桌子议大事——拱墅区邻里议事服务社\n' +
        '2. 老有所依 幼有所护——杭州红枫社会工作服务中心\n' +
        '3. 楼道里的微光——晨曦社会工作服务中心\n' +
        '4. 从旁观者到参与者——社区议事的实践与思考\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '一张桌子议大事',
      '老有所依 幼有所护',
      '楼道里的微光',
      '从旁观者到参与者——社区议事的实践与思考',
    ]);
    expect(codes).toEqual(['330105', '330105', '330105', '330105']);
  });

  it('leaves a list counted at a district alone when a unit lies elsewhere', () => {
    const { n, codes } = readResolved(
      '近日，市民政局编印《社区治理创新案例选编》，收录全市案例40篇。\n' +
        '拱墅区2家社会组织的案例入选。\n' +
        '1. 一张桌子议大事——拱墅区邻里议事服务社\n' +
        '2. 老有所依 幼有所护——西湖区红枫社会工作服务中心\n' +
        '3. 楼道里的微光——红枫社区发展协会\n',
    );
    expect(codes.slice(0, 2)).toEqual(['330105', '330106']);
    expect(n.records.find((r) => r.title === '楼道里的微光')?.regionText ?? null).not.toBe(
      '拱墅区',
    );
  });
});
