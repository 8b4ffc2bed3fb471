/**
 * Due dates read as what is really outstanding: a month written with no year, long before the
 * notice's own date, is the next year's ("于6月底前" in a notice of December); a date inside a
 * cited document's title, marked 《…》 or quoted as “关于…的通知”, names that document; a review
 * so many years after building starts ("建设3年后…将组织评估") is one review then, no term of
 * yearly duties. Their look-alikes keep their reading. Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { oneOffDates } from '../../../src/main/core/import/extract/rule-deadlines';
import { reviewAfterBuilding } from '../../../src/main/core/import/extract/relative-deadlines';
import { termByReview } from '../../../src/main/core/import/extract/rule-terms';
import { txtDoc } from './helpers';

const rulesOf = (sentence: string, issued = '2023年12月5日') =>
  extractNotice(
    txtDoc(
      ['青禾省民政厅关于确认第二批社区治理实验区的通知', sentence, '青禾省民政厅', issued].join(
        '\n',
      ),
    ),
    { fileName: 't.txt' },
  ).rules;

const deadlines = (sentence: string, issued?: string) =>
  rulesOf(sentence, issued)
    .filter((r) => r.kind === 'deadline')
    .map((r) => r.params['date']);

describe('a month with no year, before the notice’s date', () => {
  it('is the next year’s when the notice was issued more than a month after it', () => {
    expect(deadlines('请各实验区于6月底前报送实验工作总结。')).toEqual(['2024-06-30']);
    expect(deadlines('请各地于1月10日前报送推荐材料。')).toEqual(['2024-01-10']);
    expect(deadlines('申报截止日期为3月31日。')).toEqual(['2024-03-31']);
  });

  it('stays in the notice’s year when it is still to come, or only days before the notice', () => {
    expect(deadlines('请各地于12月25日前报送推荐材料。')).toEqual(['2023-12-25']);
    // A page dated by its publishing, days after the date it set: no year later.
    expect(deadlines('请各地于11月30日前报送推荐材料。')).toEqual(['2023-11-30']);
  });

  it('stays in the notice’s year when the sentence tells it as met', () => {
    expect(
      oneOffDates('各实验区已于6月底前报送实验方案。', 2023, false, 2023, '2023-12-05'),
    ).toEqual([{ date: '2023-06-30', endOfMonth: true }]);
    expect(
      oneOffDates('各地于6月底前报送了实验方案，省厅进行了审核。', 2023, false, 2023, '2023-12-05'),
    ).toEqual([{ date: '2023-06-30', endOfMonth: true }]);
  });

  it('stays in the notice’s year when the next year’s would be more than eight months on', () => {
    // A notice of September retelling a June date: no due date ten months on.
    expect(
      oneOffDates('各地要在6月30日前完成阵地建设，目前进展顺利。', 2024, false, 2024, '2024-09-10'),
    ).toEqual([{ date: '2024-06-30', endOfMonth: false }]);
    expect(deadlines('请各地于3月底前报送推荐材料。', '2023年9月10日')).toEqual(['2024-03-31']);
    expect(deadlines('请各地于8月底前报送推荐材料。')).toEqual(['2024-08-31']);
  });

  it('stays in the notice’s year when the date qualifies what was sent, asked by no one', () => {
    expect(
      oneOffDates(
        '各地于3月底前报送的材料中，有5个不合格，请于12月20日前补报。',
        2024,
        false,
        2024,
        '2024-12-10',
      ),
    ).toEqual([
      { date: '2024-12-20', endOfMonth: false },
      { date: '2024-03-31', endOfMonth: true },
    ]);
    expect(
      oneOffDates('请各地于6月底前将审核通过的名单报送省厅。', 2023, false, 2023, '2023-12-05'),
    ).toEqual([{ date: '2024-06-30', endOfMonth: true }]);
  });

  it('is the next year’s where 了 is of 了解, no deed done', () => {
    expect(
      oneOffDates('请各地于6月底前报送了解到的情况。', 2023, false, 2023, '2023-12-05'),
    ).toEqual([{ date: '2024-06-30', endOfMonth: true }]);
  });

  it('keeps a date written with its year, and 今年, in the year written', () => {
    expect(deadlines('请各实验区于2023年6月底前报送实验方案。')).toEqual(['2023-06-30']);
    expect(deadlines('督促各地在今年6月底前完成阵地建设。')).toEqual(['2023-06-30']);
  });
});

describe('a date inside a cited document’s title', () => {
  it('is no due date, marked 《》 or quoted as a title', () => {
    expect(
      deadlines('请各地按照《关于2023年5月10日前报送实验方案的通知》要求，认真开展自查。'),
    ).toEqual([]);
    expect(
      deadlines('请各地按照“关于2023年5月10日前报送实验方案的通知”要求，认真开展自查。'),
    ).toEqual([]);
    expect(deadlines('根据《关于在2023年年底前完成社区换届的意见》，各地认真开展工作。')).toEqual(
      [],
    );
  });

  it('leaves the date outside the title, and a quote that is no title', () => {
    expect(
      deadlines('请各地对照《关于加强社区治理的意见》，于2024年5月10日前报送自查报告。'),
    ).toEqual(['2024-05-10']);
    expect(deadlines('请于2024年5月10日前报送“社区治理实验”工作总结。')).toEqual(['2024-05-10']);
    expect(
      deadlines('开展“2024年5月10日前完成换届”专项行动，请各地于2024年6月30日前报送情况。'),
    ).toEqual(['2024-05-10', '2024-06-30']);
  });
});

describe('a review some years after building starts', () => {
  it('is one review due that many years from the notice, no term', () => {
    const rules = rulesOf('示范基地建设3年后，省民政厅将组织专家进行评估。', '2023年3月5日');
    expect(rules.filter((r) => r.kind === 'cycle')).toEqual([]);
    expect(rules.filter((r) => r.kind === 'deadline').map((r) => r.params['date'])).toEqual([
      '2026-03-05',
    ]);
  });

  it('is a term where building is named as a term, or the trial is a pilot', () => {
    expect(termByReview('示范基地建设期满3年后，省民政厅将组织评估。')).toBe(3);
    expect(termByReview('试点1年后，省林业局将组织专家进行考核。')).toBe(1);
    expect(reviewAfterBuilding('示范基地建设期满3年后，省民政厅将组织评估。', '2023-03-05')).toBe(
      null,
    );
  });

  it('sets nothing where the review is told as done, or nothing is reviewed', () => {
    expect(reviewAfterBuilding('基地建设3年后，已通过省林业局组织的评估。', '2023-03-05')).toBe(
      null,
    );
    expect(reviewAfterBuilding('基地建设3年后，将建成步道200公里。', '2023-03-05')).toBe(null);
    expect(termByReview('示范基地建设3年后，省民政厅将组织专家进行评估。')).toBe(null);
  });
});
