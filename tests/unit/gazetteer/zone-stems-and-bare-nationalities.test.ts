/**
 * Names that hide a zone or shorten a prefecture: a county's short form must not eat the start
 * of a zone's name (太白湖新区 is no 太白县), a tourist or scenic area is run over townships
 * like a development zone, and an autonomous prefecture whose official name writes the
 * nationality without 族 (伊犁哈萨克自治州) has its short form (伊犁州) too.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('zones whose name starts like a county, scenic areas, bare nationalities', () => {
  it('a new area whose name starts with a county short form is the zone, its township in the context city', () => {
    const r = resolveRegion('太白湖新区石桥镇北王一村', {
      asOf: '2019-12-03',
      context: '山东省济宁市',
    });
    expect(r.regionCode).toBe('370811');
  });

  it('a county short form before a township of its own still reads as the county', () => {
    expect(resolveRegion('鄞州百丈街道', { asOf: '2020-01-01' }).regionCode).toBe('330212');
    expect(resolveRegion('武汉东湖高新区关东街道', { asOf: '2020-01-01' }).regionCode).toBe(
      '420111',
    );
  });

  it('a tourist area between the city and a township: the township says the county', () => {
    const r = resolveRegion('安顺市黄果树旅游区龙宫镇龙潭村', {
      asOf: '2021-10-29',
      context: '贵州省',
    });
    expect(r.regionCode).toBe('520402');
  });

  it('a township short form is not taken when a zone follows it before the village', () => {
    // 黄果树镇 is 镇宁县's; "黄果树旅游区…村" names the zone, not a village of that town.
    const r = resolveRegion('贵州省安顺市黄果树旅游区龙宫镇龙潭村', { asOf: '2021-10-29' });
    expect(r.regionCode).not.toBe('520423');
  });

  it('an autonomous prefecture written short where the official name has no 族', () => {
    expect(resolveRegion('伊犁州奎屯市', { asOf: '2024-02-08' }).regionCode).toBe('654003');
    const r = resolveRegion('伊犁州奎屯市海纳尔社区', {
      asOf: '2024-02-08',
      context: '新疆维吾尔自治区',
    });
    expect(r.regionCode).toBe('654003');
  });
});
