/**
 * A page sets its date in brackets after a headline ("…探索路径(2018-6)"): the headline is the
 * title without it, while a span of years or a year alone the title names stays. A formal title
 * labelled as appended below a story (附：关于…的公示) is a document the page reprints, not its
 * title; an appended label above the body is not ruled on here.
 */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readResolved } from './helpers';

const report = (headline: string) =>
  [
    headline,
    '某市社会工作发展经验',
    '2031年,在某省民政厅的指导下,某市在全省率先出台加强社会工作人才队伍建设的意见,明确了制度安排。',
    '一、制度引领,建立社会工作制度体系',
    '某市社会工作文件体系完整,措施得力,操作性强。',
  ].join('\n');

describe("a page's date in brackets after its headline", () => {
  it('is no word of the title (year and month)', () => {
    const { n } = readResolved(report('某市社会工作发展经验与探索路径(2031-6)'));
    expect(n.metadata.title).toBe('某市社会工作发展经验与探索路径');
  });

  it('is no word of the title (a full day, dotted)', () => {
    const { n } = readResolved(report('某市社会工作发展经验与探索路径（2031.06.12）'));
    expect(n.metadata.title).toBe('某市社会工作发展经验与探索路径');
  });

  it('look-alike: a span of years the plan covers stays', () => {
    const { n } = readResolved(report('某市社会工作发展规划(2031-2035)'));
    expect(n.metadata.title).toBe('某市社会工作发展规划(2031-2035)');
  });

  it('look-alike: a span of years written short stays (no month is over 12)', () => {
    const { n } = readResolved(report('某市社会工作发展规划(2031-35)'));
    expect(n.metadata.title).toBe('某市社会工作发展规划(2031-35)');
  });

  it('look-alike: a year alone stays', () => {
    const { n } = readResolved(report('某市社会工作发展经验与探索路径(2031)'));
    expect(n.metadata.title).toBe('某市社会工作发展经验与探索路径(2031)');
  });
});

const HEADLINE = '9家国家级旅游度假区公布 拟定某度假区此次出局';

/** A page as a site serves it: its <title> the headline, the appended document below the story. */
const story = (appended: string): SourceDocument => ({
  format: 'html',
  text: [
    HEADLINE,
    '某局网站公布消息,9家度假区被确定为国家级旅游度假区,分别为:甲省甲市甲度假区、乙省乙市乙度假区。',
    '上月底,某局发布了《关于推出10家国家级旅游度假区的公示》,拟确定10家度假区。',
    appended,
    '依照有关办法,经各省推荐、委员会评定,拟确定以下10家度假区为国家级旅游度假区。',
  ].join('\n'),
  blocks: [],
  hints: { title: HEADLINE },
});

const titleOf = (doc: SourceDocument) =>
  extractNotice(doc, { fileName: 't.html', regions: gazetteerRegionLookup() }).metadata.title;

describe('a formal title appended below a story', () => {
  it('is not the title when labelled 附：', () => {
    expect(titleOf(story('附:关于推出10家国家级旅游度假区的公示'))).toBe(HEADLINE);
  });

  it('is not the title when labelled 附件1：', () => {
    expect(titleOf(story('附件1:关于推出10家国家级旅游度假区的公示'))).toBe(HEADLINE);
  });

  it('look-alike: the same formal title printed below the story without the label still titles it', () => {
    expect(titleOf(story('关于推出10家国家级旅游度假区的公示'))).toBe(
      '关于推出10家国家级旅游度假区的公示',
    );
  });
});
