/**
 * Scenic spots and parks named after their place ("江苏省徐州市沛县汉城景区", "湖北省咸宁市向阳湖
 * 国家湿地公园"): the place is the entry and the attraction's own name its title, since a place
 * holds many of them (named-sites.ts); a park's 国家 is a word of its name. Controls: a resort
 * (度假区) and a block keep no title, and an attraction word with no name of its own is none.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { shortSitePlaceAt } from '../../../src/main/core/import/extract/short-place';
import { readResolved } from './helpers';

const HEAD = '国家级景区名单公布\n文化和旅游部近日公布名单，';

describe('attractions named after their place', () => {
  it('keep their own names as titles, read after 分别为', () => {
    const { n, codes } = readResolved(
      HEAD +
        '新增4家景区，分别为：江苏省徐州市沛县汉城景区、安徽省蚌埠市蚌埠闸水利风景区、' +
        '山西省晋城市丹朱岭旅游区、吉林省吉林市朱雀山国家森林公园。截至目前，全国景区已达227家。\n',
    );
    expect(codes).toEqual(['320322', '340300', '140500', '220200']);
    expect(n.records.map((r) => r.title)).toEqual([
      '汉城景区',
      '蚌埠闸水利风景区',
      '丹朱岭旅游区',
      '朱雀山国家森林公园',
    ]);
  });

  it('read a park whose name holds 国家 (…国家湿地公园), though 家 alone counts units', () => {
    const { n, codes } = readResolved(
      '湿地公园验收结果公布\n通过验收的2处试点分别是：湖北省咸宁市向阳湖国家湿地公园、' +
        '湖北省孝感市安陆市府河国家湿地公园入选。\n',
    );
    expect(codes).toEqual(['421200', '420982']);
    expect(n.records.map((r) => r.title)).toEqual(['向阳湖国家湿地公园', '府河国家湿地公园']);
  });

  it('a resort or a block is known by its place and keeps no title', () => {
    const resort = readResolved(HEAD + '其中河北省秦皇岛市北戴河旅游度假区入选。\n').n;
    expect(resort.records.map((r) => [r.regionText, r.title])).toEqual([['河北省秦皇岛市', '']]);
    const block = readResolved(HEAD + '其中河南省开封市鼓楼特色文化街区入选。\n').n;
    expect(block.records.map((r) => r.title)).toEqual(['']);
  });

  it('an attraction word with no name of its own before it is no title', () => {
    const { n } = readResolved(HEAD + '其中湖北省咸宁市国家湿地公园、湖北省安陆市景区入选。\n');
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });
});

describe('attractions after a place written short', () => {
  it('are read at that place, their own names the titles', () => {
    const { n, codes } = readResolved(
      '湿地公园试点转正\n这3家试点单位分别是：咸宁向阳湖国家湿地公园、黄冈白莲河国家湿地公园、' +
        '武汉杜公湖国家湿地公园。\n',
    );
    expect(codes).toEqual(['421200', '421100', '420100']);
    expect(n.records.map((r) => r.title)).toEqual([
      '向阳湖国家湿地公园',
      '白莲河国家湿地公园',
      '杜公湖国家湿地公园',
    ]);
  });

  it('a short name read on into a mountain or a longer place, a full place after it, or only the attraction word after it, is none', () => {
    const lookup = gazetteerRegionLookup();
    expect(shortSitePlaceAt('咸宁向阳湖国家湿地公园', lookup)?.regionText).toBe('咸宁');
    expect(shortSitePlaceAt('白云山风景区', lookup)).toBeNull();
    expect(shortSitePlaceAt('长白山野山参生态园景区', lookup)).toBeNull();
    expect(shortSitePlaceAt('新疆自治区伊犁州喀拉峻景区', lookup)).toBeNull();
    expect(shortSitePlaceAt('广东省中山市孙中山故里旅游区', lookup)).toBeNull();
    expect(shortSitePlaceAt('咸宁国家湿地公园', lookup)).toBeNull();
    // 风景区 is one word: 红旗渠 is no site of 红旗区, its 渠 no name of its own.
    expect(shortSitePlaceAt('红旗渠风景区', lookup)).toBeNull();
    expect(shortSitePlaceAt('金华双龙风景区', lookup)?.regionText).toBe('金华');
  });

  it("a town's trade name after its town written short is left to the readers of towns", () => {
    const { n } = readResolved(
      '第二批省级特色小镇创建名单\n南京:江宁生命科技小镇、溧水空港会展小镇\n' +
        '扬州:武坚智能高压电气小镇、曹甸教玩具小镇\n',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('曹甸教玩具小镇');
  });
});
