/**
 * A yearly report due in the year after the one it covers ("于次年3月底前报送上一年度实验工作总结")
 * has a yearly date, as 每年3月底前 has. 次年 after a year the sentence writes is that year's next,
 * and one with no yearly report is no yearly date. Invented notices.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { yearlyDate } from '../../../src/main/core/import/extract/rule-deadlines';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const summaryOf = (body: string) =>
  extractNotice(
    txtDoc(
      [
        '云岭省民政厅关于加强实验区管理的通知',
        '各州（市）民政局：',
        body,
        '云岭省民政厅',
        '2023年12月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  ).rules.find((r) => r.kind === 'annual_summary')?.params;

describe('a yearly report due the next year', () => {
  it('is due that month every year, for the year before', () => {
    expect(summaryOf('各实验区于次年3月底前报送上一年度实验工作总结。')).toEqual({
      every: 'year',
      month: 3,
      day: 31,
      yearOffset: 1,
    });
  });

  it('次年 after a written year, or with no yearly report, is no yearly date', () => {
    expect(yearlyDate('试点于2023年启动，次年3月底前完成验收并形成总结')).toBeNull();
    expect(yearlyDate('实地评估结束后，次年3月底前公布评估结果')).toBeNull();
  });
});
