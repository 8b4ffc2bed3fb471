/**
 * The people's organisations (残联, 妇联, 科协…) are organs by their short names: a story's
 * source line naming one, or a notice signed by one, is issued by it; a paper's all-media
 * desk named on a source line (某某日报社某某全媒体) is an outlet.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a people’s organisation by its short name', () => {
  it('is the organ a story’s source line names', () => {
    const { n } = readResolved(
      [
        '全国无障碍建设示范市',
        '“十二五”期间，全省各地继续开展无障碍建设工作，积极开展了创建全国无障碍市县工作。',
        '经有关部门检查验收，授予随州市、天门市为全国无障碍建设示范市。 作者:维权处 信息来源:某省残联',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某省残联');
  });

  it('signs a notice', () => {
    const { n } = readResolved(
      [
        '关于公布2022年度儿童之家示范点名单的通知',
        '各镇（街道）妇联：',
        '经各地推荐、实地检查，现将2022年度儿童之家示范点名单公布如下：',
        '1.湖滨街道新湖社区儿童之家',
        '2.灵秀镇钞坑村儿童之家',
        '某市妇联',
        '2022年6月1日',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某市妇联');
  });
});

describe('a paper’s all-media desk on a source line', () => {
  it('is the outlet', () => {
    const { n } = readResolved(
      [
        '某社区荣获全国学雷锋志愿服务先进典型',
        '2020-08-30 16:31:43    来源：某某日报社大数据智慧全媒体',
        '8月27日记者从某社区获悉，某社区荣获“最佳志愿服务社区”先进典型。',
        '责任编辑：陈某',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某日报社大数据智慧全媒体');
  });
});
