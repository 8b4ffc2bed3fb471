/**
 * Bare time stamps on consecutive lines are a column of related posts' dates, none the page's
 * own; the page's one stamp line still dates it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const ITEM =
  '本报讯(记者 刘桐)近日,国家卫生健康委和全国老龄办公布2022年全国示范性老年友好型社区名单,我市东阿县新城街道曹植公园社区上榜。\n';
const date = (text: string) => readResolved(text).n.metadata.issuedOn;

describe('stamps of related posts', () => {
  it('do not date the page', () => {
    const text =
      ITEM + '2024-04-26 10:16:13\n2024-04-26 09:59:47\n2024-01-26 09:11:53\n聊城新闻网 版权所有\n';
    expect(date(text)).toBeNull();
  });

  it('leave the page’s own single stamp its date', () => {
    expect(date('2022-11-14 09:30:00\n' + ITEM)).toBe('2022-11-14');
  });

  it('leave a page’s own two bare stamps, written then posted, its date', () => {
    expect(date('2022-11-14 09:30:00\n2022-11-15 10:00:00\n' + ITEM)).toBe('2022-11-14');
  });
});
