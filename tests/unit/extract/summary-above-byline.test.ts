/**
 * A page's labelled summary above the story ("内容摘要：…"): the byline under it still names the
 * outlet, as it does when the story opens with it. A first paragraph that only mentions a
 * summary is the body. Composed from our own lines.
 */
import { describe, expect, it } from 'vitest';
import { isSummaryLine } from '../../../src/main/core/import/extract/summary-line';
import { readResolved } from './helpers';

describe('a labelled summary above a byline', () => {
  it('reads the outlet from the byline under the summary', () => {
    const { n } = readResolved(
      [
        '内容摘要：日前，中国科协官网公示了2030年度全国科普示范县名单，四川3县入选。',
        '川观新闻记者 张三',
        '日前，中国科协官网公示了2030年度全国科普示范县名单，四川3县入选。',
        '2030年度全国科普示范县四川名单',
        '成都市蒲江县',
        '成都市金堂县',
        '宜宾市江安县',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('川观新闻');
  });

  it('tells a labelled summary from a paragraph that only speaks of one', () => {
    expect(isSummaryLine('内容摘要：日前，某市公布了名单。')).toBe(true);
    expect(isSummaryLine('【核心提示】：日前，某市公布了名单。')).toBe(true);
    expect(isSummaryLine('摘要如下：日前，某市公布了名单。')).toBe(false);
    expect(isSummaryLine('会议摘要了各地经验。')).toBe(false);
  });
});
