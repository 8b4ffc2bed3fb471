/**
 * A term stated by the review that ends it: a trial of N years with the assessment still to
 * come after it ("森林康养基地试点1年后，省林业局将组织专家…进行考核"), and an evaluation every N
 * years of the units holding a title ("全国文明城市每三年评估一次"). Look-alikes set none: a trial
 * whose review is told as done, an honour given again every N years, a yearly review. Composed
 * notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { termByReview } from '../../../src/main/core/import/extract/rule-terms';
import { txtDoc } from './helpers';

const cyclesOf = (...lines: string[]) =>
  extractNotice(txtDoc(['青禾省森林康养试点基地名单公布', ...lines].join('\n')), {
    fileName: 't.txt',
  })
    .rules.filter((r) => r.kind === 'cycle')
    .map((r) => r.params['years']);

describe('a trial of N years with its review to come', () => {
  it('is a term of N years', () => {
    expect(
      cyclesOf(
        '近日，青禾省第三批森林康养试点基地公布，枫林县南岭森林康养基地入选。',
        '森林康养基地试点1年后，青禾省林业局将组织有关专家对试点基地进行考核，达到合格标准的将授予“省级森林康养基地”称号。',
      ),
    ).toEqual([1]);
  });

  it('reads the years in Chinese numerals and 满…年后 with 须 and 验收', () => {
    expect(termByReview('各创建单位创建满两年后，须申请省民政厅组织验收。')).toBe(2);
  });

  it('sets none where the review after the trial is told as done', () => {
    expect(termByReview('试点两年后，该县已顺利通过省林业局组织的考核。')).toBeNull();
    expect(termByReview('试点一年后，省林业局组织专家对基地进行了考核。')).toBeNull();
  });

  it('sets none where nothing is reviewed after the years', () => {
    expect(termByReview('试点三年后，全县将建成森林康养步道200公里。')).toBeNull();
  });

  it('adds no second term where the sentence states one in so many words', () => {
    expect(cyclesOf('试点期为两年，试点2年后将组织验收。', '枫林县南岭森林康养基地入选。')).toEqual(
      [2],
    );
  });
});

describe('an evaluation every N years', () => {
  it('is a term of N years', () => {
    expect(
      cyclesOf(
        '枫林县列入全国文明城市提名城市。',
        '根据中央文明办的布局，全国文明城市每三年评估一次，首先取得提名城市资格，然后经过三年的努力，可以评估全国文明城市。',
      ),
    ).toEqual([3]);
  });

  it('sets none for an honour given again every N years, or a yearly review', () => {
    expect(termByReview('该奖项每两年表彰一次。')).toBeNull();
    expect(termByReview('该称号每三年评选一次。')).toBeNull();
    expect(termByReview('示范基地实行动态管理，每1年考核一次。')).toBeNull();
  });
});
