/**
 * Look-alikes of the lead's day and of a page's info line that must date nothing: a year the text
 * writes with the lead's month for another event (the first batch named a year before, a work
 * begun a year earlier), a round's year opening the lead, and a stamp printed below the story
 * for another article (a related list, the previous article's link) or for an event's start.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuedOn = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't' }).metadata.issuedOn;

const HEAD = '青禾县三个社区获评市级美丽社区';
const NAMED = '青禾县东坡社区、柳岸社区、石桥社区入选第二批市级美丽社区。';
const BODY =
  '近日，市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';

describe('a lead’s day with no year of its own', () => {
  it('takes no year another event of that month is written with', () => {
    expect(
      issuedOn([
        HEAD,
        `7月12日，全市美丽社区建设交流会在青禾召开，会议总结了首批市级美丽社区经验。${NAMED}`,
        '2017年7月，市民政局确定东坡社区等3个社区为首批市级美丽社区。',
      ]),
    ).toBeNull();
    expect(
      issuedOn([
        HEAD,
        `5月20日，记者从市民政局获悉，${NAMED}`,
        '据了解，该项工作自2021年5月启动，历时一年。',
      ]),
    ).toBeNull();
  });

  it('nor the year of the round the lead opens with', () => {
    expect(issuedOn([HEAD, `3月5日，2022年度市级美丽社区评选结果揭晓，${NAMED}`])).toBeNull();
  });

  it('still takes the same day or the span closing in its month (control)', () => {
    expect(
      issuedOn([HEAD, `8月19日，记者从市民政局获悉，${NAMED}`, '公示期为2024年8月19日至8月23日。']),
    ).toBe('2024-08-19');
    expect(
      issuedOn([
        HEAD,
        `1月20日，市级美丽社区评选结果出炉，${NAMED}`,
        '2023年12月至2024年1月，市民政局组织开展评选工作。',
      ]),
    ).toBe('2024-01-20');
  });
});

describe('a stamp below the story or for an event', () => {
  it('dates no page: it belongs to another article', () => {
    for (const line of [
      '青禾县启动第一批美丽社区评选 2019 03/ 12 10:20:11',
      '专业号:青禾人家 2019/3/12 10:20:11',
      '上一篇：青禾县召开民政工作会议 文字:[大][中][小] 2019/3/12 浏览次数:33',
    ])
      expect(issuedOn([HEAD, BODY, '相关文章', line])).toBeNull();
  });

  it('nor an event’s start after its label', () => {
    expect(issuedOn([HEAD, '开始:青禾大厦 2019/3/12 10:20', BODY])).toBeNull();
  });

  it('above the story it still dates the page (control)', () => {
    expect(issuedOn([HEAD, '青禾网 2019 03/ 12 10:20:11', BODY])).toBe('2019-03-12');
  });
});
