/**
 * A story's foot naming its source by an account's or an app's own name (来源:掌上某州,
 * 來源:某州文旅), a name ending in no organ's or outlet's word: the item is that account's when
 * nothing else names an issuer. The web at large (来源:互联网), several sources (某局等网络), a
 * writer, a contribution, a platform an account posts on or a channel name no one (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (foot: string[]): string =>
  [
    '祝贺!某州7家文化馆获评国家一级馆',
    '日前,第五次全国文化馆评估定级结果揭晓,某州文化馆等7家文化馆被评为一级馆,全州文化馆等级率达100%。',
    '近年来,某州加快构建现代公共文化服务体系,全力推进公共文化服务标准化、均等化建设。',
    ...foot,
  ].join('\n');

const issuer = (text: string): string | null => readResolved(text).n.metadata.issuer;

describe("an account named at a story's foot", () => {
  it('is the issuer', () => {
    expect(issuer(story(['来源:某州文旅']))).toBe('某州文旅');
    expect(issuer(story(['编辑:某某', '來源:掌上某州']))).toBe('掌上某州');
  });

  it('is no issuer when it is the web at large or several sources (control)', () => {
    expect(issuer(story(['来源:互联网']))).toBeNull();
    expect(issuer(story(['来源:国家林业和草原局等网络']))).toBeNull();
  });

  it('is no issuer when it is a person, a contribution, a platform or a channel (control)', () => {
    // A name of two or three characters is a writer's (张三), not an account's.
    for (const foot of ['来源:张某', '来源:作者投稿', '来源:受访者供图', '来源:今日头条'])
      expect(issuer(story([foot])), foot).toBeNull();
    for (const foot of ['来源:学习强国', '来源:某州新闻频道', '来源:转自某州文旅'])
      expect(issuer(story([foot])), foot).toBeNull();
  });
});
