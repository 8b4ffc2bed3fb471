/**
 * A page's labelled summary above the story ("内容摘要：…"): the byline under it still names the
 * outlet, as it does when the story opens with it. A first paragraph that only mentions a
 * summary is the body. Composed from our own lines.
 */
import { describe, expect, it } from 'vitest';
import { isSummaryLine } from '../../../src/main/core/import/extract/summary-line';
import { readResolved } from './helpers';
import { bodyStart } from '../../../src/main/core/import/extract/body-start';
import { keyText } from '../../../src/main/core/import/extract/text-key';

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

  it('keeps a summary-led paragraph as the body when no story opens below it', () => {
    // An organ's notice whose only paragraph is labelled 摘要: the signature under the list is
    // still read below the body.
    const lines = [
      '关于公布2030年度养老服务示范县名单的通知',
      '摘要：经县级申报、市级推荐、省级评审，确定以下5个县为2030年度养老服务示范县。',
      '成都市蒲江县',
      '成都市金堂县',
      '宜宾市江安县',
      '四川省民政厅',
      '2030年3月2日',
    ];
    expect(readResolved(lines.join('\n')).n.metadata.issuer).toBe('四川省民政厅');
    // A closing sentence far below the list is no story's opening either.
    const closing = [
      ...lines.slice(0, 5),
      '自贡市荣县',
      '泸州市古蔺县',
      '以上名单如有异议，请于2030年3月9日前向省民政厅反映。',
      ...lines.slice(5),
    ];
    expect(bodyStart(keyText(closing.join('\n')))).toBe(1);
  });

  it('tells a labelled summary from a paragraph that only speaks of one', () => {
    expect(isSummaryLine('内容摘要：日前，某市公布了名单。')).toBe(true);
    expect(isSummaryLine('【核心提示】：日前，某市公布了名单。')).toBe(true);
    expect(isSummaryLine('摘要如下：日前，某市公布了名单。')).toBe(false);
    expect(isSummaryLine('会议摘要了各地经验。')).toBe(false);
  });
});
