/**
 * A dateline naming a site and its app or channel joined by a hyphen before 讯
 * ("某某网-某某客户端讯（通讯员…）"): the whole name is the item's outlet.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (dateline: string): string =>
  '西湖区新增两个示范社区\n' +
  `${dateline}(通讯员 王五)日前，杭州市西湖区北山街道宝石社区、西溪街道庆丰社区获评省级示范社区。`;

describe('a hyphenated outlet before 讯', () => {
  it('is the issuer, site and app together', () => {
    expect(readResolved(story('浙江在线-钱江客户端讯')).n.metadata.issuer).toBe(
      '浙江在线-钱江客户端',
    );
  });

  it('a hyphen inside the story is no dateline', () => {
    expect(readResolved(story('近日-钱江客户端讯')).n.metadata.issuer).toBeNull();
  });
});
