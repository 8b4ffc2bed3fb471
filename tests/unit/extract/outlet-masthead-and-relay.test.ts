/**
 * Outlets a page names in shapes the dateline patterns missed: a paper's 讯 on a line under a
 * summary, a paper ending in 报 alone before 讯, a masthead line of the paper and its day, a
 * 转自 line, a source glued to its day or followed by a column, a first-published line at the
 * foot and a byline with no space before the reporter. Each names the news item's issuer; a
 * place, an organ, a person, a weekday or a paper named mid-story names none.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const STORY =
  '近日，第二批全国社区教育示范区名单正式对外公布，我市某某区榜上有名，荣获“全国社区教育示范区”称号。';
const MORE = '据了解，示范区创建工作将进一步推动社区教育发展，丰富居民学习内容，提高居民综合素质。';
const HEAD = '某某区获评全国社区教育示范区';

describe('outlets in a page’s own lines', () => {
  it('a paper ending in 报 before 讯 opens the story', () => {
    expect(issuer([HEAD, `某某快报讯 记者张明报道 ${STORY}`].join('\n'))).toBe('某某快报');
    expect(issuer([HEAD, `某某考试报讯（记者 张明） ${STORY}`].join('\n'))).toBe('某某考试报');
  });

  it('a site’s 讯 under a summary line', () => {
    expect(
      issuer([HEAD, `核心摘要：${STORY}`, `某某建设网讯  （记者 张明）  ${STORY}`].join('\n')),
    ).toBe('某某建设网');
  });

  it('an organ or a place before 讯 is no outlet (control)', () => {
    expect(issuer([HEAD, `某市民政局讯 ${STORY}`, MORE].join('\n'))).not.toBe('某市民政局讯');
    expect(issuer([HEAD, `核心摘要：${STORY}`, `东莞讯 （张明） ${STORY}`].join('\n'))).toBeNull();
    // A paper's bare kind before 讯 is its own short name for itself, as 本报 is.
    expect(issuer([HEAD, `晨报讯（记者 张明）${STORY}`, MORE].join('\n'))).not.toBe('晨报');
  });

  it('a masthead line of the paper and its day', () => {
    expect(issuer([HEAD, '某某晚报 2014年12月13日', `本报讯 12月10日，${STORY}`].join('\n'))).toBe(
      '某某晚报',
    );
    expect(issuer([HEAD, '某某妇女报2025年6月9日', STORY].join('\n'))).toBe('某某妇女报');
  });

  it('a place, a person or an organ with a day is no masthead (control)', () => {
    expect(issuer([HEAD, '东莞 2014年12月13日', STORY].join('\n'))).toBeNull();
    expect(issuer([HEAD, '张明 2014年12月13日', STORY].join('\n'))).toBeNull();
    expect(issuer([HEAD, '星期六 2014年12月13日', STORY].join('\n'))).toBeNull();
  });

  it('a 转自 line names the outlet as the page writes it', () => {
    expect(issuer([HEAD, '转自:某某网-某某频道', STORY].join('\n'))).toBe('某某网-某某频道');
    expect(issuer([HEAD, '转自：某某日报', STORY].join('\n'))).toBe('某某日报');
  });

  it('转自 inside a sentence is no outlet line (control)', () => {
    expect(issuer([HEAD, `转自某某日报的消息称，${STORY}`, MORE].join('\n'))).toBeNull();
  });

  it('a source glued to its day, or followed by a column', () => {
    expect(issuer([HEAD, '来源:某某网2023-02-15 09:40', STORY].join('\n'))).toBe('某某网');
    expect(issuer([HEAD, '【来源:某市民政局_民政要闻】', STORY].join('\n'))).toBe('某市民政局');
  });

  it('a site glued to its day yields to the paper its story is datelined from (control)', () => {
    expect(
      issuer(
        [HEAD, '来源: 某某网2023-07-03 09:34:54', `某某日报讯 （记者张明）${STORY}`].join('\n'),
      ),
    ).toBe('某某日报');
  });

  it('a first-published line at the foot', () => {
    expect(
      issuer([HEAD, STORY, MORE, '编辑｜张明', '本文首发于微信公众号：某某经济新闻。'].join('\n')),
    ).toBe('某某经济新闻');
  });

  it('a byline at the foot with no space before the reporter', () => {
    expect(issuer([HEAD, STORY, MORE, '某某晨报记者张明返回首页', '责任编辑：'].join('\n'))).toBe(
      '某某晨报',
    );
  });

  it('an organ’s site reporter, a weekday or a paper named mid-story is no outlet (control)', () => {
    expect(issuer([HEAD, STORY, MORE, '某市民政局记者张明'].join('\n'))).not.toBe('某市民政局');
    expect(issuer([HEAD, STORY, MORE, '星期六记者张明'].join('\n'))).toBeNull();
    expect(
      issuer([HEAD, STORY, `${MORE}据某某晨报报道，某某区还将开展评选。`].join('\n')),
    ).toBeNull();
    expect(issuer([HEAD, STORY, MORE, '本文首发于微信公众号：张明'].join('\n'))).toBeNull();
  });
});
