/**
 * A county's merged newsroom opening the item before its reporters' names ("某市融媒 张三 李四
 * 记者从…获悉"): its dateline names the outlet that wrote the item, as a paper's or a site's does.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a merged newsroom’s dateline', () => {
  it('names the item’s outlet', () => {
    const { n } = readResolved(
      '醴陵融媒 张三 李四 记者从4月18日召开的醴陵市婚俗改革工作领导小组会议上获悉,醴陵持续深入推进婚俗改革。',
    );
    expect(n.metadata.issuer).toBe('醴陵融媒');
  });

  it('is no outlet when the words after it are a sentence', () => {
    const { n } = readResolved('醴陵融媒体中心承办了全市婚俗改革工作会议。');
    expect(n.metadata.issuer).not.toBe('醴陵融媒体中心');
  });
});
