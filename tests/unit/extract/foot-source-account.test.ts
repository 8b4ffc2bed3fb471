/**
 * A story's foot naming its source by an account's or an app's own name (来源:掌上某州,
 * 來源:某州文旅), a name ending in no organ's or outlet's word: the item is that account's when
 * nothing else names an issuer. The web at large (来源:互联网), several sources (某局等网络) name
 * no one (controls).
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
});
