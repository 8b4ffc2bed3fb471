/**
 * A story's headline names the local unit short ("某某青禾村入选…", the city's 市 and the
 * township left out); the list below names it in full. One unit, one entry — and only when
 * the list repeats that very unit. Composed from invented villages.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (listed: string) =>
  [
    '2023/5/6 来源:本地',
    '公主岭青禾村入选“全国示范村”',
    '近日，某部公布第三批全国示范村名单，我市3个村上榜。',
    `我市上榜的3个村分别是：梨树县林海镇东坡村、双辽市茂林镇西岭村、${listed}。`,
  ].join('\n');

describe('a headline naming a unit the list names in full', () => {
  it('is the same entry when the list repeats the unit', () => {
    const { n } = readResolved(story('公主岭市河北街道青禾村'));
    expect(n.records.map((r) => r.regionText)).toEqual([
      '梨树县林海镇东坡村',
      '双辽市茂林镇西岭村',
      '公主岭市河北街道青禾村',
    ]);
  });

  it('stays an entry of its own when the list names another unit', () => {
    const { n } = readResolved(story('公主岭市河北街道青松村'));
    expect(n.records.map((r) => r.regionText)).toContain('公主岭青禾村');
  });
});

describe('a community written after its township and 的', () => {
  const STORY = [
    '晋江市安海镇的海滨社区入选',
    '',
    '本报讯（记者李四）日前，国家减灾委员会等四部门发布“2021年度全国综合减灾示范社区”称号的公示名单。晋江市安海镇的海滨社区入选。',
    '晋江市应急管理局工作人员表示，社区是开展综合减灾能力建设的前沿阵地。',
  ].join('\n');

  it('is one entry with the community, in the story and not split at the township in the headline', () => {
    const { n, codes } = readResolved(STORY);
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([['晋江市安海镇的海滨社区', '']]);
    expect(codes).toEqual(['350582']);
  });

  it('is read in a sentence of its own, the township and the community together', () => {
    const { n } = readResolved(
      '日前，有关部门发布“2021年度全国综合减灾示范社区”名单。晋江市安海镇的海滨社区入选。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['晋江市安海镇的海滨社区']);
  });
});
