/**
 * Blocks named by a lane, an alley, an old quarter or a street after their district ("其中广东省
 * 江门市蓬江区启明里、…惠城区祝屋巷入选", "…十字街、…印象新街两街区在列") lie in the place
 * before them, as named-sites.ts reads a 街区 or a 古城, a site closed by 在列 too; the list's
 * programme ends at its 旅游休闲街区. Controls: a subdistrict (街道) stays a place of its own, a
 * block doing something is a story, and 在列 inside a longer word names no member.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD =
  '第四批国家级旅游休闲街区名单公布\n文化和旅游部发布第四批国家级旅游休闲街区名单的公告，';

describe('blocks named by a lane or a street after their district', () => {
  it('are entries at their districts, closed by 入选', () => {
    const { n, codes } = readResolved(
      HEAD + '其中广东省江门市蓬江区启明里、广东省惠州市惠城区祝屋巷入选。\n',
    );
    expect(codes).toEqual(['440703', '441302']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });

  it('are entries closed by a count and 在列, a block named by its estate first', () => {
    const { codes } = readResolved(
      '第三批名单公布\n日前，文化和旅游部确定第三批国家级旅游休闲街区名单，山西省太原市晋源区' +
        '太原古县城十字街、晋中市平遥县又见平遥文化产业园区印象新街两街区在列。\n',
    );
    expect(codes).toEqual(['140110', '140728']);
  });

  it('a subdistrict stays a place of its own (the street is no lane)', () => {
    const { n } = readResolved(HEAD + '其中广东省惠州市惠城区桥西街道入选。\n');
    expect(n.records.map((r) => r.regionText)).toEqual(['广东省惠州市惠城区桥西街道']);
  });

  it('a block doing something, or 在列 inside a longer word, names no entry', () => {
    expect(
      readResolved(HEAD + '国庆期间，广东省江门市蓬江区启明里开展夜游活动，吸引游客十万人次。\n').n
        .records,
    ).toEqual([]);
    expect(
      readResolved('名单说明\n山西省忻州市忻府区在列表中的位置有误，请核对。\n').n.records,
    ).toEqual([]);
  });

  it('the programme is named by its 旅游休闲街区, a bare 街区 names none', () => {
    const own = readResolved(
      '第三批国家级旅游休闲街区名单公布 山西省国家级旅游休闲街区增至5个\n日前，文化和旅游部确定' +
        '第三批国家级旅游休闲街区名单，山西省太原市晋源区太原古县城十字街在列。\n',
    ).n;
    expect(own.metadata.programme).toBe('国家级旅游休闲街区');
    const bare = readResolved('老街区改造\n广东省江门市蓬江区启明里街区完成改造，吸引游客。\n').n;
    expect(bare.metadata.programme).toBeNull();
  });
});
