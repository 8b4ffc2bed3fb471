/**
 * A page quoting a list under its own headline: the headline its <title> names, telling what
 * befell units, titles the page; a headline telling nothing of the kind leaves the list heading.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';

describe('a list heading under the page’s own headline', () => {
  const page = (headline: string, hint: string) =>
    extractNotice(
      {
        format: 'html',
        text: [
          headline,
          '国家发展改革委等7部委最新通知！根据有关规定，在省级推荐、第三方评审的基础上，认定某某村示范园等100个单位为第二批国家农村产业融合发展示范园，我省4地上榜↓↓↓',
          '第二批国家农村产业融合发展示范园名单',
          '修文县国家农村产业融合发展示范园',
          '绥阳县国家农村产业融合发展示范园',
        ].join('\n'),
        blocks: [],
        hints: { title: hint },
      },
      { fileName: 'a.html' },
    );

  it('yields to the headline the page’s title names when it tells what befell units', () => {
    const h = '我省4地上榜第二批国家农村产业融合发展示范园';
    expect(page(h, `${h}_某某网`).metadata.title).toBe(h);
  });

  it('and to the file’s title when the page prints no headline of its own', () => {
    const h = '我省4地上榜第二批国家农村产业融合发展示范园';
    expect(page('', h).metadata.title).toBe(h);
  });

  it('stays the title under a headline that tells nothing befell units', () => {
    const h = '国家农村产业融合发展示范园建设工作综述';
    expect(page(h, `${h}_某某网`).metadata.title).toBe('第二批国家农村产业融合发展示范园名单');
  });

  it('is the headline the page prints when its <title> sets a site or column before it', () => {
    const h = '我省4地上榜第二批国家农村产业融合发展示范园';
    expect(page(h, `新闻中心_${h}`).metadata.title).toBe(h);
    expect(page('', `某某网 - ${h}`).metadata.title).toBe('第二批国家农村产业融合发展示范园名单');
  });

  it('stays the title of a page headed by the list itself, whatever its <title> tells', () => {
    const ex = extractNotice(
      {
        format: 'html',
        text: [
          '第二批国家农村产业融合发展示范园名单',
          '发布时间：2019-01-10 来源：某某省发展改革委',
          '修文县国家农村产业融合发展示范园',
          '绥阳县国家农村产业融合发展示范园',
        ].join('\n'),
        blocks: [],
        hints: { title: '我省4地上榜第二批国家农村产业融合发展示范园_某某省发展改革委' },
      },
      { fileName: 'a.html' },
    );
    expect(ex.metadata.title).toBe('第二批国家农村产业融合发展示范园名单');
  });
});
