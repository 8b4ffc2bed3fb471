/**
 * A paper's byline above the body opened by a box and naming the paper and its app joined by a
 * slash ("□某某日报/某某新闻记者 张三"): the outlet as the page writes it. A box before a desk
 * alone ("□全媒体记者 张三") names no outlet.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function issuer(byline: string): string | null {
  return readResolved(
    [byline, '近日，省民政厅公布示范社区名单，我市鼓楼区华大街道、仓山区城门镇成功入选。'].join(
      '\n',
    ),
  ).n.metadata.issuer;
}

describe('a boxed byline naming a paper and its app', () => {
  it('names both as the outlet', () => {
    expect(issuer('□福州日报/新福州记者 张某某 实习生李某')).toBe('福州日报/新福州');
  });

  it('names no outlet for a desk alone', () => {
    expect(issuer('□全媒体记者 张某某')).toBeNull();
  });

  it('names the paper after a credit, not the credit joined to it', () => {
    expect(issuer('摄影/福州日报记者 张某某')).toBe('福州日报');
    expect(issuer('□图文/福州日报记者 张某某')).toBe('福州日报');
  });

  it('names no outlet when an organ stands before the slash', () => {
    expect(issuer('□鼓楼区民政局/福州日报记者 张某某')).toBeNull();
  });
});
