/**
 * A page on a later batch that tells its place's share of an earlier batch's list by that list
 * ("其中，在2月公布的首批某某名录中(共计262个)，云南占据A、B…6个名额；…第二批…中，云南有C、D入围"):
 * the earlier share is retold (mentions of that batch's records), the page's own batch kept, even
 * where the share's first unit was also named in a tally before it. The same words about the
 * page's own batch keep its run. Composed notices, invented lists.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n')).n;
const own = (n: ReturnType<typeof read>) =>
  n.records.filter((r) => !r.retold).map((r) => r.regionText);
const retold = (n: ReturnType<typeof read>) =>
  n.records.filter((r) => r.retold).map((r) => [r.regionText, r.batch]);

describe('an earlier batch’s share told by its list', () => {
  it('is retold, the page’s own batch kept', () => {
    const n = read([
      '第二批国家全域旅游示范区创建名录发布 大理石林澄江等入选',
      '截至11月,国家旅游局已先后公布了2批创建名录。记者梳理发现,云南共有包括丽江、西双版纳、石林等12个州市县入选。',
      '其中,在2月国家旅游局公布的首批国家全域旅游示范区创建名录中(共计262个),云南占据丽江市、西双版纳傣族自治州、保山市腾冲市3个名额;11月国家旅游局公布了第二批国家全域旅游示范区创建名录中(共计238个),云南有大理州、昆明市石林县、曲靖罗平县入围。',
    ]);
    expect(own(n)).toEqual(['大理州', '昆明市石林县', '曲靖罗平县']);
    expect(retold(n)).toEqual([
      ['西双版纳傣族自治州', '首批'],
      ['保山市腾冲市', '首批'],
    ]);
  });

  it('keeps the run the same words tell of the page’s own batch', () => {
    const n = read([
      '第二批国家全域旅游示范区创建名录发布',
      '其中,在11月公布的第二批国家全域旅游示范区创建名录中(共计238个),云南有大理州、昆明市石林县、曲靖罗平县入围。',
    ]);
    expect(retold(n)).toEqual([]);
    expect(own(n)).toEqual(['大理州', '昆明市石林县', '曲靖罗平县']);
  });
});
