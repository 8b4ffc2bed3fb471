/**
 * Due dates written without a day: a bare month's end in the notice's year ("于6月底前报送"),
 * a month with its year and no day ("请于2024年6月前报送": before the month begins), a half year
 * ("于2023年上半年完成验收"), and a time counted from the notice's own day ("自印发之日起一年内
 * 完成…", "通知印发后3个月内报送…"). Their look-alikes set none: a month around which something
 * happens (6月前后), a figure up to then (截至), work done by then (已于…), a half year that tells
 * a figure, a validity counted from the day (…三年内有效), a request with no end, and a time
 * from the notice's day where the notice has no date. Composed notices.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { afterNoticeDate } from '../../../src/main/core/import/extract/relative-deadlines';
import { txtDoc } from './helpers';

const deadlines = (sentence: string, dated = true) =>
  extractNotice(
    txtDoc(
      [
        '青禾省民政厅关于确认第二批社区治理实验区的通知',
        ...(dated ? ['青禾省民政厅', '2023年3月5日'] : []),
        sentence,
      ].join('\n'),
    ),
    { fileName: 't.txt' },
  )
    .rules.filter((r) => r.kind === 'deadline')
    .map((r) => r.params['date']);

describe('a due date written without a day', () => {
  it('takes a bare month’s end in the notice’s year', () => {
    expect(deadlines('请各实验区于6月底前报送实验方案。')).toEqual(['2023-06-30']);
  });

  it('takes the end of the month before a month written with its year', () => {
    expect(deadlines('请于2024年6月前报送实验进展情况。')).toEqual(['2024-05-31']);
  });

  it('takes a half year’s last day', () => {
    expect(deadlines('各实验区须于2024年上半年完成实验方案编制。')).toEqual(['2024-06-30']);
    expect(deadlines('各实验区须在2024年下半年内完成中期评估报告报送。')).toEqual(['2024-12-31']);
  });

  it('sets none for a month around which, a figure up to then or work done by then', () => {
    expect(deadlines('预计2024年6月前后完成申报材料报送。')).toEqual([]);
    expect(deadlines('截至2024年6月前，全省累计完成报送120份。')).toEqual([]);
    expect(deadlines('各实验区已于2024年6月前完成方案报送。')).toEqual([]);
  });

  it('sets none for a half year that tells a figure, and dates no bare month with no year known', () => {
    expect(deadlines('2022年上半年，全省共完成社区服务项目申报300个。')).toEqual([]);
    // The deadline is kept with its month and no date (closing-dates.test.ts): nothing is guessed.
    expect(deadlines('请各实验区于6月底前报送实验方案。', false)).toEqual([null]);
  });

  it('sets none for a month or half year inside a cited document’s title', () => {
    expect(
      deadlines('请各地认真学习《关于2024年6月前完成社区换届工作的通知》，报送学习情况。'),
    ).toEqual([]);
    expect(deadlines('请各地对照《关于2024年上半年完成实验方案报送的通知》开展自查。')).toEqual([]);
    // Outside the title the month is still read.
    expect(deadlines('请各地对照《实验方案》，于2024年6月前报送自查情况。')).toEqual([
      '2024-05-31',
    ]);
  });
});

describe('a due date counted from the notice’s day', () => {
  it('adds the years, months or days to the notice’s date', () => {
    expect(deadlines('各实验区要自印发之日起一年内完成实验方案编制工作。')).toEqual(['2024-03-05']);
    expect(deadlines('各试点单位应在通知印发后3个月内报送实施方案。')).toEqual(['2023-06-05']);
    expect(afterNoticeDate('自印发之日起1个月内报送方案', '2023-01-31')).toBe('2023-02-28');
  });

  it('sets none for a validity, a request with no end, or a notice with no date', () => {
    expect(deadlines('实验区称号自命名之日起三年内有效。')).toEqual([]);
    expect(deadlines('请各地自公布之日起，按照有关要求，完成基地规范建设。')).toEqual([]);
    expect(deadlines('各实验区要自印发之日起一年内完成实验方案编制工作。', false)).toEqual([]);
  });

  it('sets none for a time counted from a cited document’s day, not this notice’s', () => {
    expect(
      deadlines('根据《关于加强基层治理的意见》要求，各地自《意见》印发之日起一年内完成设施建设。'),
    ).toEqual([]);
    expect(deadlines('国务院2022年印发的《意见》提出，自印发之日起3年内完成建设任务。')).toEqual(
      [],
    );
    // This notice named as such still counts from its day, a cited basis beside it or not.
    expect(deadlines('根据《实验区管理办法》，请于本通知印发后3个月内报送实施方案。')).toEqual([
      '2023-06-05',
    ]);
  });
});
