/**
 * A headline telling that a list came out ("…名单公布", "…出炉", "…揭晓", "…正式发布") reports
 * another's act: the page under it is news, even when it lists the units. An organ's own
 * document is titled by what it does (关于公布…的通知), and a call's guide coming out is the call.
 * Composed from the shapes of real pages.
 */
import { describe, expect, it } from 'vitest';
import { releasedHeadline } from '../../../src/main/core/import/extract/released-headline';
import { readResolved } from './helpers';

const page = (title: string) =>
  [
    title,
    '文化和旅游部、国家发展改革委公布北京市前门大街、天津市杨柳青古镇等54家街区为国家级旅游休闲街区。',
    '国家级旅游休闲街区名单如下:',
    '北京市东城区前门大街',
    '天津市西青区杨柳青古镇',
    '河北省石家庄市正定县古城街区',
  ].join('\n');

describe('a headline telling that a list came out', () => {
  it('makes the page listing the units news', () => {
    const { n, codes } = readResolved(page('首批国家级旅游休闲街区公布'));
    expect(n.metadata.role).toBe('news');
    expect(codes).toEqual(expect.arrayContaining(['110101', '120111', '130123']));
  });

  it('leaves the organ’s own titled list a confirmation', () => {
    const { n } = readResolved(page('关于公布首批国家级旅游休闲街区名单的通知'));
    expect(n.metadata.role).toBe('confirmation');
  });

  it('reads the release at the headline’s end only, and no call’s guide', () => {
    expect(releasedHeadline('第二批全国乡村治理示范村镇名单公布')).toBe(true);
    expect(releasedHeadline('2017年度全市“明星社区”“十佳社区”名单新鲜出炉')).toBe(true);
    expect(releasedHeadline('第四批全国乡村治理典型案例正式发布')).toBe(true);
    expect(releasedHeadline('關於公布第二批名單的通知')).toBe(false);
    expect(releasedHeadline('关于第二批示范村镇名单公布')).toBe(false);
    expect(releasedHeadline('2024年度社区治理创新案例申报指南发布')).toBe(false);
    expect(releasedHeadline('公布第二批全国乡村治理示范村镇名单')).toBe(false);
    expect(releasedHeadline('第二批全国乡村治理示范村镇名单公示')).toBe(false);
  });
});
