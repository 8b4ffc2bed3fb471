/**
 * Later notices about units already named, read from their own words: a name column whose
 * cells fuse a county with a characteristic town's name, and the outcomes such lists give.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a name column of county + characteristic town', () => {
  it('reads the county as the place and the town as the title', () => {
    const { n, codes } = readResolved(
      [
        '2016年度省级特色小镇创建和培育对象考核结果',
        '序号\t小镇名称\t考核结果',
        '1\t诸暨袜艺小镇\t优秀',
        '2\t德清地理信息小镇\t优秀',
        '3\t长兴新能源小镇\t优秀',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['袜艺小镇', '地理信息小镇', '新能源小镇']);
    expect(codes).toEqual(['330681', '330521', '330522']);
  });

  it('still reads a column of full township names as places', () => {
    const { n, codes } = readResolved(
      ['全国特色小镇名单', '序号\t名称', '1\t德清县莫干山镇', '2\t诸暨市大唐镇'].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
    expect(codes).toEqual(['330521', '330681']);
  });
});

describe('outcomes a later list states', () => {
  it('reads a reconfirmation put off (暂缓确认) as not passed', () => {
    const { n, codes } = readResolved(
      [
        '关于国家卫生城市复审结果的通报',
        '一、重新确认北京市怀柔区等93个城市（区）为国家卫生城市（区）。',
        '二、暂缓确认广东省中山市东升镇、东莞市凤岗镇为国家卫生镇。上述城镇将于2019年重新复审。',
      ].join('\n'),
    );
    const deferred = n.records.filter((r) => /东升镇|凤岗镇/.test(r.unit ?? r.regionText ?? ''));
    expect(deferred.map((r) => r.outcome?.status)).toEqual(['未通过', '未通过']);
    expect(codes).toContain('442000');
  });

  it('makes no revoked record of a city said to have had none revoked', () => {
    const { n } = readResolved(
      [
        '深圳7个社区上榜全国民主法治示范村（社区）',
        '在此次通过复核的名单中，深圳市共有7个社区上榜，分别为宝安新安街道海华社区、龙岗龙城街道嶂背社区。',
        '撤销126个村（社区）的称号；深圳市未出现社区被撤销称号情况。',
      ].join('\n'),
    );
    expect(n.records.filter((r) => r.outcome?.status === '已撤销')).toEqual([]);
    expect(n.records.some((r) => (r.unit ?? r.regionText) === '深圳市')).toBe(false);
  });
});

describe('an objection window given in working days with its dates in brackets', () => {
  it('reads both dates, the second without its year', () => {
    const { n } = readResolved(
      [
        '拟表彰的全国先进基层群众性自治组织名单',
        '经全国评审委员会审核，提出拟表彰名单，现予以公示。',
        '公示期为5个工作日（2022年10月31日—11月4日）。公示期间，如有不同意见，可以电话、信函等形式反映情况。',
      ].join('\n'),
    );
    expect(n.rules.find((r) => r.kind === 'objection_window')?.params).toEqual({
      from: '2022-10-31',
      to: '2022-11-04',
    });
  });
});

describe("a yearly check's grades", () => {
  it('are no acceptance, while a demotion it states still holds', () => {
    const { n } = readResolved(
      [
        '2016年度省级特色小镇创建对象考核结果',
        '序号\t小镇名称\t考核结果',
        '1\t诸暨袜艺小镇\t优秀',
        '2\t余姚模客小镇\t降格',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual([null, '已撤销']);
  });

  it('are an acceptance when the check is one', () => {
    const { n } = readResolved(
      ['2016年度实验区结项验收结果', '序号\t实验区\t验收结果', '1\t浙江省诸暨市\t优秀'].join('\n'),
    );
    expect(n.records.map((r) => r.outcome)).toEqual([{ status: '已验收', grade: '优秀' }]);
  });
});
