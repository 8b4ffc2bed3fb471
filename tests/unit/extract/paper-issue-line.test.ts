/**
 * An e-paper page's issue line (某某工人报 第7942期：第02版 综合新闻) names the paper the story
 * ran in, as a masthead with its day does; a bulletin's issue number with no page names no
 * outlet. Composed from our own lines.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (first: string) =>
  readResolved(
    [
      first,
      '我省4县被评为全国健康促进县',
      '本报讯(张三)近日，国家卫生健康委通报了2030年度全国健康促进县技术评估结果。我省清涧县、子洲县顺利通过国家级技术评估，被评为全国健康促进县。',
    ].join('\n'),
  );

describe('a paper’s issue line', () => {
  it('names the paper as the outlet', () => {
    expect(story('陕西工人报 第7942期:第02版 综合新闻').n.metadata.issuer).toBe('陕西工人报');
  });

  it('leaves a bulletin’s issue number with no page alone', () => {
    expect(story('民政工作简报 第12期').n.metadata.issuer).not.toBe('民政工作简报');
  });

  it('leaves a sentence that only opens with a paper’s issue and page alone', () => {
    const { n } = readResolved(
      [
        '我省4县被评为全国健康促进县',
        '近日，国家卫生健康委通报了2030年度全国健康促进县技术评估结果。我省清涧县、子洲县顺利通过国家级技术评估，被评为全国健康促进县。',
        '陕西日报 第7942期：第02版 刊发了我省的经验做法。',
      ].join('\n'),
    );
    expect(n.metadata.issuer).not.toBe('陕西日报');
  });
});
