/**
 * Scenic areas a re-check sanctions or delists, each written after its place: the areas after
 * 对 that a warning or criticism is given to (对A、B、C等3家5A级景区作出严重警告处理决定) are
 * the notice's entries, as an assessment's objects are; a park (吊桥公园), an expo town
 * (红木博览城) and a site joined to a second one by a middle dot (老虎滩海洋公园·老虎滩极地馆)
 * are sites named after their place; a county written short after a spelled-out province and
 * city (呼伦贝尔市扎兰屯吊桥公园) is the site's place, and so is a city written short after 对
 * (对三明侠天下景区).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { reportsSanction } from '../../../src/main/core/import/extract/sanctioned-objects';
import { namedAttraction } from '../../../src/main/core/import/extract/named-sites';

const read = (lines: string[]) => {
  const { n, codes } = readResolved(lines.join('\n'));
  return { titles: n.records.map((r) => r.title), codes };
};

describe('sites sanctioned after 对', () => {
  it('are entries at their places, a second site after a middle dot kept in the title', () => {
    const { titles, codes } = read([
      '国家旅游局处理5A级景区',
      '同时，对云南省丽江市丽江古城景区、黑龙江省牡丹江市镜泊湖景区、辽宁省大连市老虎滩海洋公园·老虎滩极地馆等3家5A级旅游景区作出严重警告处理决定。',
    ]);
    expect(codes).toEqual(['530700', '231000', '210200']);
    expect(titles).toEqual(['丽江古城景区', '镜泊湖景区', '老虎滩海洋公园·老虎滩极地馆']);
  });

  it('a site whose name holds a middle dot is the example of its count', () => {
    const { titles, codes } = read([
      '国家旅游局公布新晋5A级景区',
      '国家旅游局宣布，内蒙古自治区阿尔山·柴河旅游景区等20家景区新晋为国家5A级旅游景区。',
    ]);
    expect(codes).toEqual(['150000']);
    expect(titles).toEqual(['阿尔山·柴河旅游景区']);
  });

  it('sites looked at after 对 with no sanction are no entries', () => {
    const { titles } = read([
      '景区游客满意度调查',
      '对云南省丽江市丽江古城景区、黑龙江省牡丹江市镜泊湖景区的游客开展满意度调查。',
    ]);
    expect(titles).toEqual([]);
  });

  it('a sanction is told by its verb after the places, praise is none', () => {
    expect(reportsSanction('对甲、乙等3家4A级景区给予通报批评')).toBe(true);
    expect(reportsSanction('对甲景区由4A级降为3A级')).toBe(true);
    expect(reportsSanction('给予甲、乙等3家5A级景区严重警告')).toBe(true);
    expect(reportsSanction('对甲、乙等3家单位给予通报表扬')).toBe(false);
    expect(reportsSanction('对甲、乙进行了检查，给予严重警告')).toBe(true);
    expect(reportsSanction('对甲、乙进行了检查。给予严重警告')).toBe(false);
  });
});

describe('sites after 对 written after their city short', () => {
  it('reads the first site at its short city', () => {
    const { titles, codes } = read([
      '省旅游局处理A级景区',
      '对三明侠天下景区、莆田中国古典工艺博览城、惠安崇武古城风景区3家4A级景区给予严重警告。',
    ]);
    expect(codes).toEqual(['350400', '350300', '350521']);
    expect(titles).toEqual(['侠天下景区', '中国古典工艺博览城', '崇武古城风景区']);
  });
});

describe('delisted sites named after their places', () => {
  it('reads a park, an expo town and a county written short after its city', () => {
    const { titles, codes } = read([
      '11家4A级旅游景区被摘牌',
      '据了解，被摘牌4A级旅游景区分别是：山西省晋城市丹朱岭旅游区、内蒙古自治区呼伦贝尔市扎兰屯吊桥公园、吉林省四平市伊通牧情谷景区、江苏省苏州市西园寺景区、江西省九江市瑞昌红木博览城、湖北省荆州市洪湖蓝田生态旅游风景区。',
    ]);
    expect(codes).toEqual(['140500', '150783', '220323', '320500', '360481', '421083']);
    expect(titles).toEqual([
      '丹朱岭旅游区',
      '吊桥公园',
      '牧情谷景区',
      '西园寺景区',
      '红木博览城',
      '蓝田生态旅游风景区',
    ]);
  });

  it('a town park named by what it is, with no name of its own, is no attraction', () => {
    expect(namedAttraction('吊桥公园')).toBe(true);
    expect(namedAttraction('人民公园')).toBe(false);
    expect(namedAttraction('儿童公园')).toBe(false);
    expect(namedAttraction('老虎滩海洋公园·老虎滩极地馆')).toBe(true);
    // a dot alone makes no site: what closes the name must be a site's word
    expect(namedAttraction('老虎滩·极地馆')).toBe(false);
  });
});
