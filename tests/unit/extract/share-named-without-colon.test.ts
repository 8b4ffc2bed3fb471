/**
 * A place's count of its delisted spots running straight into the spots, no colon after 分别是
 * ("被摘牌的辽宁3家4A级景区分别是沈阳五爱市场购物旅游区、铁岭市清河省级旅游度假区、…"): the first spot
 * is the share's first entry, as when a comma parts them. A spot's own name may open with a
 * numeral (五爱) and hold 市场 (a market, no city); a resort stating its standing (清河省级旅游
 * 度假区) is titled by its name as a scenic spot is. Controls: a count before the site words
 * (3家景区) is no site's name; 分别是 with no count before it splits nothing.
 */
import { describe, expect, it } from 'vitest';
import { splitShareRunOn } from '../../../src/main/core/import/extract/share-place';
import { unitAfterPlace } from '../../../src/main/core/import/extract/named-sites';
import { readResolved } from './helpers';

const LIST = '沈阳五爱市场购物旅游区、铁岭市清河省级旅游度假区、葫芦岛市龙湾海滨景区。\n';

describe('a share counted and named with no colon after 分别是', () => {
  it('reads every spot, the first too', () => {
    const { n, codes } = readResolved(
      '辽宁3家4A级景区被摘牌\n被摘牌的辽宁3家4A级景区分别是' + LIST,
    );
    expect(codes).toEqual(['210100', '211200', '211400']);
    expect(n.records.map((r) => r.title)).toEqual([
      '五爱市场购物旅游区',
      '清河省级旅游度假区',
      '龙湾海滨景区',
    ]);
    expect(n.records.every((r) => r.outcome?.status === '已撤销')).toBe(true);
  });

  it('splits only after a count', () => {
    const piece = { text: '被摘牌的辽宁3家景区分别是沈阳市某某景区', start: 0, sep: '、' };
    expect(splitShareRunOn([piece]).map((p) => p.text)).toEqual([
      '被摘牌的辽宁3家景区',
      '分别是沈阳市某某景区',
    ]);
    const plain = { text: '入选的村分别是某某村', start: 0, sep: '、' };
    expect(splitShareRunOn([plain])).toEqual([plain]);
    // A count pointing back (这5个村) or one told of something (…的9个小区) is no place's share.
    for (const text of ['这5个村分别是白石镇明星村', '海盐获得该荣誉的9个物业小区分别为枫叶新村']) {
      const back = { text, start: 0, sep: '、' };
      expect(splitShareRunOn([back])).toEqual([back]);
    }
  });

  it('a count before the site words names no site', () => {
    expect(unitAfterPlace('五爱市场购物旅游区')?.[0]).toBe('五爱市场购物旅游区');
    expect(unitAfterPlace('3家景区')).toBeNull();
    expect(unitAfterPlace('十大景区')).toBeNull();
    // A numeral before the site word alone counts the sites too ("平遥两街区在列", "杭州三景区入选"),
    // where a name opening with a numeral reads on (十里画廊景区).
    expect(unitAfterPlace('两街区在列')).toBeNull();
    expect(unitAfterPlace('三景区入选')).toBeNull();
    expect(unitAfterPlace('十里画廊景区')?.[0]).toBe('十里画廊景区');
  });
});
