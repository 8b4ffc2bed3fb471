/**
 * A forum thread's post line (发表于 …) dates the forum's copy (extract/forum-post-date.ts): a
 * post that is itself the story is dated by it, but the story's own stamp kept below the post
 * dates what it copies, and an organ's numbered document copied without its signature is dated
 * by nothing the forum adds. A news site's info line naming its source beside 发表于 is no post.
 */
import { describe, expect, it } from 'vitest';
import {
  forumPostLine,
  showsOwnDocNumber,
} from '../../../src/main/core/import/extract/forum-post-date';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const POST = '发表于 2013-5-4 12:36 | 显示全部楼层 |阅读模式';

describe('a forum post’s time', () => {
  it('dates no organ’s numbered document the post copies without its signature', () => {
    const { n } = readResolved(
      [
        '[时评] 民政部关于开展社会工作服务示范创建活动的通知',
        POST,
        "% ]$ h7 {/ ]' e( n. }8 w民函〔2013〕133号",
        '各省、自治区、直辖市民政厅（局）：',
        '民政部决定在全国范围内开展社会工作服务示范创建活动。现就有关事项通知如下：',
        '一、指导思想',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBeNull();
  });

  it('gives way to the story’s own stamp kept below the post', () => {
    const { n } = readResolved(
      [
        '天心区社工节开幕',
        '桂城督导培育 发表于 2012-12-03 09:10',
        '2012-11-30 08:42:13',
        '本报11月29日讯 天心区作为全国首批社会工作人才队伍建设示范区，举办社工节。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2012-11-30');
  });

  it('gives way to the date the page labels, beside a post or a reader’s comment', () => {
    const { n } = readResolved(
      [
        '民政部关于确认全国社区治理和服务创新实验区的通知',
        '日期：2013年04月20日  浏览次数：120',
        '民函〔2013〕133号',
        '各省、自治区、直辖市民政厅（局）：',
        '经研究，确认北京市石景山区为全国社区治理和服务创新实验区。',
        '网友评论',
        '某网友 发表于 2013-5-4 12:36',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2013-04-20');
  });

  it('dates a post that is itself the story, and a news site’s info line', () => {
    const story = [
      '灵山县召开农村社区建设试点工作推进会',
      '发表于 2020-9-15 17:54:53 | 显示全部楼层 |阅读模式',
      '9月11日，灵山县召开农村社区建设试点工作推进会，根据民函〔2019〕41号文件部署工作。',
    ].join('\n');
    expect(readResolved(story).n.metadata.issuedOn).toBe('2020-09-15');
    const site = [
      '某地入选试点',
      '来源:芥末堆 发表于2023-10-14 15:46:12 编辑:时寒峰',
      '近日，某地入选试点。',
    ];
    expect(forumPostLine(keyText(site.join('\n')))).toBeNull();
    expect(readResolved(site.join('\n')).n.metadata.issuedOn).toBe('2023-10-14');
  });

  it('tells a document’s own number line from a number cited in a sentence or after a title', () => {
    expect(showsOwnDocNumber(keyText('标题\n民函〔2013〕133号\n正文'))).toBe(true);
    expect(showsOwnDocNumber(keyText('根据民函〔2019〕41号文件部署工作。'))).toBe(false);
    expect(showsOwnDocNumber(keyText('《关于确认实验区的批复》（民函〔2019〕41号）'))).toBe(false);
  });
});
