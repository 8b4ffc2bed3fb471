/**
 * Numbered cases printed title first with their unit after it in brackets — on the same line,
 * or below a title that wraps at its subtitle's dash — as award lists and their PDFs set them.
 * The bracket is the unit (and the place); a plan's tasks with their responsible bodies in
 * brackets are no cases.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD =
  '苏州市民政局关于“苏州社区服务创新案例”评选结果的通报\n\n各县级市、区民政局：\n' +
  '经评审，评选出12个创新案例，现予以通报表扬。\n\n苏州市民政局\n2018年5月8日\n\n附件\n' +
  '苏州社区服务创新案例获奖名单\n一等奖（3个）\n';

describe('cases with their unit in brackets after the title', () => {
  it('reads a title wrapped at its subtitle and its unit on the line below', () => {
    const { n, codes } = readResolved(
      HEAD +
        '1.让邻里守望成为习惯\n——首创楼道互助积分\n（姑苏区民政局）\n' +
        '2.小议事会解决大难题\n——某社区协商议事的探索\n（吴中区长桥街道）\n' +
        '3.银发驿站的最后一百米\n（市社会福利服务中心）\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '让邻里守望成为习惯——首创楼道互助积分',
      '小议事会解决大难题——某社区协商议事的探索',
      '银发驿站的最后一百米',
    ]);
    expect(n.records.map((r) => r.unit)).toEqual([
      '姑苏区民政局',
      '吴中区长桥街道',
      '市社会福利服务中心',
    ]);
    expect(codes).toEqual(['320508', '320506', '320500']);
  });

  it('reads the unit in brackets at the end of a one-line item', () => {
    const { n, codes } = readResolved(
      HEAD +
        '1.让邻里守望成为习惯——首创楼道互助积分（姑苏区民政局）\n' +
        '2.小议事会解决大难题（吴中区长桥街道）\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '让邻里守望成为习惯——首创楼道互助积分',
      '小议事会解决大难题',
    ]);
    expect(codes).toEqual(['320508', '320506']);
  });

  it('reads the one case a copy shows before it breaks off', () => {
    const { n, codes, warned } = readResolved(
      HEAD + '1.让邻里守望成为习惯\n——首创楼道互助积分\n（市社会福利服务中心）\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['让邻里守望成为习惯——首创楼道互助积分']);
    expect(codes).toEqual(['320500']);
    expect(warned).toContain('count_mismatch');
  });

  it('reads no case out of a plan whose tasks name their responsible bodies', () => {
    const plan =
      '苏州市民政局关于印发2019年社区工作要点的通知\n\n各县级市、区民政局：\n现将工作要点印发给你们。\n\n' +
      '一、重点工作项目\n' +
      '1.完善社区服务设施布局（牵头单位：市民政局）\n' +
      '2.推进社区网格化治理（姑苏区民政局、吴中区民政局）\n' +
      '3.健全社区协商议事制度（市民政局负责）\n';
    expect(readResolved(plan).n.records).toEqual([]);
    const duties =
      '苏州市民政局关于印发2019年社区工作要点的通知\n\n各县级市、区民政局：\n现将工作要点印发给你们。\n\n' +
      '一、主要任务\n' +
      '1.完善社区服务设施布局\n（姑苏区民政局）\n' +
      '2.推进社区网格化治理\n（吴中区长桥街道）\n';
    expect(readResolved(duties).n.records).toEqual([]);
  });

  it('reads cases numbered 一、二、三 when each line ends in its unit, not as sections', () => {
    const head =
      '苏州市民政局关于发布2022年度民政创新成果的通知\n\n各县级市、区民政局：\n' +
      '经评审，评选出4个项目为2022年度民政创新成果，分别是：\n';
    const { n, codes } = readResolved(
      head +
        '一、让邻里守望成为习惯（姑苏区民政局）\n' +
        '二、小议事会解决大难题（吴中区长桥街道）\n' +
        '三、老有所依的幸福驿站（某某开发区社会事业局）\n' +
        '四、银发驿站的最后一百米（市社会福利服务中心）\n' +
        '希望各地认真学习借鉴。\n\n苏州市民政局\n2023年1月5日\n',
    );
    expect(n.records.map((r) => [r.kind, r.title])).toEqual([
      ['case', '让邻里守望成为习惯'],
      ['case', '小议事会解决大难题'],
      ['case', '老有所依的幸福驿站'],
      ['case', '银发驿站的最后一百米'],
    ]);
    expect(codes).toEqual(['320508', '320506', null, '320500']);
    // the unit that names no known place is said, not left placeless in silence
    expect(n.warnings.filter((w) => w.code === 'region_unresolved')).toHaveLength(1);
  });

  it('reads the same cases run together in one paragraph, the closing sentence apart', () => {
    const { n } = readResolved(
      '苏州市民政局关于发布2022年度民政创新成果的通知\n\n各县级市、区民政局： 经评审，' +
        '评选出3个项目为2022年度民政创新成果，分别是： 一、让邻里守望成为习惯（姑苏区民政局） ' +
        '二、小议事会解决大难题（吴中区长桥街道） 三、银发驿站的最后一百米（市社会福利服务中心） ' +
        '希望各地认真学习借鉴，进一步弘扬创新精神。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '让邻里守望成为习惯',
      '小议事会解决大难题',
      '银发驿站的最后一百米',
    ]);
    expect(n.warnings.map((w) => w.code)).not.toContain('count_mismatch');
  });

  it("keeps a report's sections 一、二、 as sections when prose lies between them", () => {
    const report =
      '苏州市民政局关于2022年度民政创新项目推进情况的通报\n\n各县级市、区民政局：\n' +
      '现将有关项目推进情况通报如下：\n' +
      '一、完善社区服务设施（姑苏区民政局）\n今年以来，各地加快推进社区服务设施建设，成效明显。\n' +
      '二、推进社区网格化治理（吴中区民政局）\n网格化治理覆盖全部社区，群众满意度持续提升。\n';
    expect(readResolved(report).n.records).toEqual([]);
  });
});
