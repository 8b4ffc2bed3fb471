/**
 * A site's finance channel is an outlet by its name ("来源:中国网财经"): the source line names
 * it whole, over a dateline that would read the channel's 财经 as the city it files from.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (source: string, dateline: string) =>
  [
    '2031年中央财政支持海绵城市建设试点城市名单公示',
    `作者:佚名 ${source}`,
    '2031-04-27 15:13:02',
    `${dateline} 财政部官网消息,根据财政部、住房城乡建设部、水利部的通知,现将评审结果公示如下。`,
    '某某市、某某市等14个城市进入前14名。',
  ].join('\n');

describe("a site's finance channel", () => {
  it('is the outlet its source line names', () => {
    const { n } = readResolved(story('来源:中国网财经', '中国网财经4月27日讯'));
    expect(n.metadata.issuer).toBe('中国网财经');
  });

  it('a site filing from a city is the site (control)', () => {
    const { n } = readResolved(story('', '人民网南京4月27日电'));
    expect(n.metadata.issuer).toBe('人民网');
  });
});
