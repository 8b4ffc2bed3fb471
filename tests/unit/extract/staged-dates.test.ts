/**
 * A work plan's stages in one sentence: after a date with its year, a later stage's bare month is
 * in that year, or the next when its month comes before the stage before it. A bare month with no
 * dated stage before it, and a stage told as done by its date, are left to the other rules.
 * Invented notices.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { stagedDates } from '../../../src/main/core/import/extract/staged-dates';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const deadlinesOf = (body: string) =>
  extractNotice(
    txtDoc(
      [
        '云岭省民政厅关于做好实验区评估工作的通知',
        '各州（市）民政局：',
        body,
        '云岭省民政厅',
        '2024年3月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  )
    .rules.filter((r) => r.kind === 'deadline')
    .map((r) => r.params['date']);

describe('stages after a dated one', () => {
  it('a later stage takes the year of the dated stage before it', () => {
    expect(deadlinesOf('请第二批实验区于2025年6月底前完成自评，9月底前报送总结报告。')).toEqual([
      '2025-06-30',
      '2025-09-30',
    ]);
  });

  it('a month before the stage before it is in the next year', () => {
    expect(stagedDates('2024年11月底前完成实地评估，3月底前形成评估报告')).toEqual([
      { date: '2025-03-31', endOfMonth: true },
    ]);
  });

  it("a stage after a second dated one takes that one's year", () => {
    expect(
      deadlinesOf('请各实验区于2024年6月底前完成自评，2025年3月底前完成验收，9月底前报送总结。'),
    ).toEqual(['2024-06-30', '2025-03-31', '2025-09-30']);
  });

  it('a bare month with no dated stage before it, or a stage told as done, is none of these', () => {
    expect(stagedDates('各实验区6月底前完成自评，9月底前报送总结报告')).toEqual([]);
    expect(stagedDates('2023年6月底前完成自评，9月底前已全部完成整改')).toEqual([]);
    expect(stagedDates('2023年6月底前完成自评')).toEqual([]);
  });
});
