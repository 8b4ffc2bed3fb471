/**
 * "据悉，在前两批…名单中，山西共占3席，分别为A、B、C": the batches before the notice's own,
 * counted together, retell their units: each is a mention (retold) with no batch of its own,
 * joined to whichever earlier batch's record holds it, never an entry of the notice. Controls:
 * the notice's own batch written in the same shape is its own list, and a page whose only units
 * are retold keeps them as it read them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const OWN =
  '第三批国家级旅游休闲街区名单公布\n日前，文化和旅游部确定第三批国家级旅游休闲街区名单，' +
  '山西省太原市晋源区太原古县城十字街、晋中市平遥县又见平遥文化产业园区印象新街两街区在列。\n';

describe('units of the earlier batches retold together', () => {
  it('are retold with no batch, the notice keeping its own two', () => {
    const { n, codes } = readResolved(
      OWN +
        '据悉，在前两批国家级旅游休闲街区名单中，山西共占3席，分别为忻州市忻府区古城文旅休闲生活街区、' +
        '太原市迎泽区钟楼步行街、运城市盐湖区岚山根·运城印象步行街。\n',
    );
    expect(codes).toEqual(['140110', '140728', '140902', '140106', '140802']);
    expect(n.records.map((r) => r.retold ?? false)).toEqual([false, false, true, true, true]);
    expect(n.records.slice(2).map((r) => r.batch ?? null)).toEqual([null, null, null]);
  });

  it('the notice own batch in the same shape is its own list', () => {
    const { n } = readResolved(
      OWN +
        '据悉，在第三批国家级旅游休闲街区名单中，山西另有2席，分别为忻州市忻府区古城文旅休闲生活街区、' +
        '太原市迎泽区钟楼步行街。\n',
    );
    expect(n.records.some((r) => r.retold)).toBe(false);
  });
});
