/**
 * A page on a later batch that retells its place's units of an earlier batch in a sentence of
 * their own ("第一批河南共有5个入选，其中包括A、B…"): those units are mentions of the earlier
 * batch's records (marked retold with that batch), never entries of the page. A sentence on the
 * page's own batch, or with no introducing words before its run, keeps its entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const own = (n: ReturnType<typeof read>['n']) =>
  n.records.filter((r) => !r.retold).map((r) => r.regionText);
const retold = (n: ReturnType<typeof read>['n']) =>
  n.records.filter((r) => r.retold).map((r) => [r.regionText, r.batch]);

describe('an earlier batch’s run introduced in its own sentence', () => {
  it('is retold, the page’s own batch kept', () => {
    const { n } = read([
      '河南又有3地入选',
      '此次共公布第二批示范区名单，其中河南有3地入选，分别是开封市鼓楼区、洛阳市西工区和安阳市文峰区。' +
        '第一批河南共有2个入选，其中包括郑州市金水区和焦作市修武县。',
    ]);
    expect(own(n)).toEqual(['开封市鼓楼区', '洛阳市西工区', '安阳市文峰区']);
    expect(retold(n)).toEqual([
      ['郑州市金水区', '第一批'],
      ['焦作市修武县', '第一批'],
    ]);
  });

  it('a later batch’s sentence is no retelling (the page opens on the first)', () => {
    const { n } = read([
      '河南两批示范区',
      '此次共公布第一批示范区名单，其中河南有2地入选，分别是开封市鼓楼区、洛阳市西工区。' +
        '第二批河南共有2个入选，其中包括郑州市金水区和焦作市修武县。',
    ]);
    expect(retold(n)).toEqual([]);
    expect(own(n)).toHaveLength(4);
  });

  it('a run not introduced after the batch’s words stays the page’s', () => {
    const { n } = read([
      '河南又有3地入选',
      '此次共公布第二批示范区名单，其中河南有3地入选，分别是开封市鼓楼区、洛阳市西工区和安阳市文峰区。' +
        '与第一批相比，郑州市金水区和焦作市修武县今年也积极申报。',
    ]);
    expect(retold(n)).toEqual([]);
  });

  it('a run told after or against an earlier batch stays the page’s (继第一批之后, 比第一批)', () => {
    const page = (sentence: string) =>
      read([
        '河南又有5地入选',
        '此次共公布第二批示范区名单，其中河南有3地入选，分别是开封市鼓楼区、洛阳市西工区和安阳市文峰区。' +
          sentence,
      ]).n;
    for (const s of [
      '继第一批之后我省又有2地入选，其中包括郑州市金水区和焦作市修武县。',
      '比第一批多2地入选，分别是郑州市金水区和焦作市修武县。',
      '第一批和第二批累计共有5个入选，其中包括郑州市金水区和焦作市修武县。',
    ]) {
      expect(retold(page(s))).toEqual([]);
      expect(own(page(s))).toHaveLength(5);
    }
  });

  it('keeps the page’s own entry in a city the retold run names again', () => {
    const { n } = read([
      '河南又有4地入选',
      '此次共公布第二批国家级夜间文化和旅游消费集聚区123个，其中河南有4地入选，分别是，' +
        '开封市鼓楼特色文化街区、洛阳市龙门石窟、安阳市安阳古城和鹤壁市浚县古城。' +
        '第一批河南共有3个入选，其中包括郑州市郑州国际文创园区、开封市宋都皇城省级旅游度假区和' +
        '焦作市云台山岸上小镇。',
    ]);
    expect(own(n)).toContain('开封市');
    expect(own(n)).toHaveLength(4);
    expect(retold(n).map(([r]) => r)).toEqual(['郑州市', '开封市', '焦作市']);
  });

  it('still reads a place named twice in the page’s own run once (control)', () => {
    const { n } = read([
      '河南又有3地入选',
      '此次共公布第二批示范区名单，其中河南有3地入选，分别是开封市鼓楼区、洛阳市西工区和安阳市文峰区。' +
        '此前入选的开封市鼓楼区、洛阳市西工区和安阳市文峰区均已挂牌。',
    ]);
    expect(retold(n)).toEqual([]);
    expect(own(n)).toEqual(['开封市鼓楼区', '洛阳市西工区', '安阳市文峰区']);
  });
});
