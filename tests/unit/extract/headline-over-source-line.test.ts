/**
 * A printed page's headline long enough to fill the width is followed by the page's own
 * source or date line: a PDF's layout may mark the headline as running on, but the source
 * line opens anew, so the headline keeps its words and the line its date.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';

/** The raw offset of the first line's end (what a PDF's layout marks as running on). */
const firstEnd = (raw: string): Set<number> => new Set([raw.indexOf('\n')]);

describe('a headline that fills the width over the page’s source line', () => {
  it('stops before a 来源 line', () => {
    const raw =
      '某市开展年度社区评估，满意度占三成，业绩占一成，现场占六成\n来源：某市晚报 2024-03-05 09:12\n正文第一段。';
    expect(readingText(raw, 'pdf', firstEnd(raw)).text).toBe(raw);
  });

  it('stops before a 发布时间 or 作者 line', () => {
    for (const label of ['发布时间：2024-03-05', '作者：某某']) {
      const raw = `某区社区治理创新项目评审工作顺利完成，十个项目进入下一轮\n${label}\n正文。`;
      expect(readingText(raw, 'pdf', firstEnd(raw)).text).toBe(raw);
    }
  });

  it('still runs on into an ordinary next line', () => {
    const raw = '某区社区治理创新项目评审工作顺利完成，十个项目进入\n下一轮评审。';
    expect(readingText(raw, 'pdf', firstEnd(raw)).text).toBe(
      '某区社区治理创新项目评审工作顺利完成，十个项目进入下一轮评审。',
    );
  });
});
