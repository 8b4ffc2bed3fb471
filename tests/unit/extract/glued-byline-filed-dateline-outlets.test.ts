/**
 * Outlets a story names in shapes the readers missed: a byline alone on its line with the
 * reporter's name glued on (above the body, or at the foot with the name cut), a media group's
 * name (某某新闻传媒集团), a dateline naming the outlet and the city it files from before the dated
 * 讯 whatever the outlet's name ends with, and a repost's 媒体 field. Look-alikes: the paper's
 * own 本报, a firm's byline, an organ or a bare place before the dated 讯, and 媒体 inside other
 * words name no outlet.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;
const STORY = '近日,省民政厅公布第二批地名文化遗产名录,某某市的15处地名入选,数量居全省前列。';

describe('a byline alone on its line, the name glued on', () => {
  it("reads a media group's byline above the body", () => {
    expect(issuer(['某某市15处地名入选省级名录', '', '某某新闻传媒集团记者韩某兆', STORY])).toBe(
      '某某新闻传媒集团',
    );
  });

  it("reads a paper's boxed byline at the foot, the reporter's name cut", () => {
    expect(issuer([STORY, '据悉,名录每两年公布一次。', '■某某都市报记者李'])).toBe('某某都市报');
  });

  it("takes nothing from the paper's own 本报 (look-alike)", () => {
    expect(issuer(['某某市15处地名入选省级名录', '', '本报记者韩某兆', STORY])).toBeNull();
  });

  it('takes nothing from a byline of a name no outlet bears (look-alike)', () => {
    expect(issuer(['某某市15处地名入选省级名录', '', '某某公司记者韩某兆', STORY])).toBeNull();
  });
});

describe('a dateline filed from a city', () => {
  it('reads the outlet before the city, whatever its name ends with', () => {
    expect(
      issuer([
        '2033年试点国家湿地公园验收结果公布',
        '某某搜索郑州9月1日讯 8月31日,国家林业局公布了2033年试点国家湿地公园验收结果,66处试点通过验收。',
      ]),
    ).toBe('某某搜索');
  });

  it('takes no outlet from an organ filing from a city (look-alike)', () => {
    expect(
      issuer([
        '2033年试点国家湿地公园验收结果公布',
        '某某林业局郑州9月1日讯 8月31日,国家林业局公布了2033年试点国家湿地公园验收结果,66处试点通过验收。',
      ]),
    ).not.toBe('某某林业局');
  });

  it("takes no outlet from a reporter's desk or a telling word before the city (look-alikes)", () => {
    for (const by of ['首席记者', '通讯员', '据了解', '记者获悉'])
      expect(
        issuer([
          '2033年试点国家湿地公园验收结果公布',
          `${by}郑州9月1日讯 8月31日,国家林业局公布了2033年试点国家湿地公园验收结果,66处试点通过验收。`,
        ]),
      ).toBeNull();
  });

  it('takes no outlet from places alone before the dated 讯 (look-alike)', () => {
    expect(
      issuer([
        '2033年试点国家湿地公园验收结果公布',
        '河南郑州9月1日讯 8月31日,国家林业局公布了2033年试点国家湿地公园验收结果,66处试点通过验收。',
      ]),
    ).toBeNull();
  });
});

describe("a repost's 媒体 field", () => {
  it('reads the paper it names', () => {
    expect(
      issuer([
        '某某区通过国家级生态区考核验收',
        '媒体:某某晚报 作者:内详',
        '近日,国家生态区考核验收组对某某区创建国家生态区工作进行考核验收,同意某某区通过考核验收。',
      ]),
    ).toBe('某某晚报');
  });

  it('takes nothing from the same line without its label (control)', () => {
    expect(
      issuer([
        '某某区通过国家级生态区考核验收',
        '某某晚报 作者:内详',
        '近日,国家生态区考核验收组对某某区创建国家生态区工作进行考核验收,同意某某区通过考核验收。',
      ]),
    ).toBeNull();
  });

  it('takes nothing from 媒体 inside other words (look-alike)', () => {
    expect(
      issuer([
        '某某区通过国家级生态区考核验收',
        '主流媒体:多家报道 媒体联系:138 1785 1721',
        '近日,国家生态区考核验收组对某某区创建国家生态区工作进行考核验收,同意某某区通过考核验收。',
      ]),
    ).toBeNull();
  });
});
