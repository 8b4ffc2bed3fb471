/**
 * A list of resorts (国家级旅游度假区), each line the province, a space and the resort named after
 * its place written short ("江苏省 常熟虞山文化旅游度假区"): the programme ends at its level's
 * 旅游度假区, the resort lies in the place its name opens with, read inside the line's province,
 * and its name is no title. Controls: a bare 旅游度假区 is a place, no programme; a name whose
 * head is no place inside the line's province stays at the province; a list of another
 * programme keeps a title ending in 度假区.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readResolved } from './helpers';

const HEAD =
  '文化和旅游部按程序组织认定，以下旅游度假区拟确定为2022年新一批国家级旅游度假区。\n' +
  '名单如下(按行政区划顺序排列):\n';

describe('resorts after their province', () => {
  it('lie in the place their names open with, no title', () => {
    const text =
      HEAD +
      '1.江苏省 常熟虞山文化旅游度假区\n2.山东省 荣成好运角旅游度假区\n' +
      '3.湖南省 岳阳洞庭湖旅游度假区\n4.广西壮族自治区 大新明仕旅游度假区\n';
    const { n, codes } = readResolved(text);
    expect(n.metadata.programme).toBe('国家级旅游度假区');
    expect(codes).toEqual(['320581', '371082', '430600', '451424']);
    expect(resolveRecords(n).resolved.map((r) => r.record.title)).toEqual(['', '', '', '']);
  });

  it('stay at the province when the name opens with no place inside it', () => {
    const { codes } = readResolved(
      HEAD +
        '1.浙江省 鉴湖旅游度假区\n2.上海市 上海国际旅游度假区\n3.江苏省 岳阳洞庭湖旅游度假区\n',
    );
    // 鉴湖 is a subdistrict of 越城区 too, while the resort lies in 柯桥区: a township named
    // short is the lake's name, not the resort's place.
    expect(codes[0]).toBe('330000');
    expect(codes[1]).toBe('310000');
    expect(codes[2]).toBe('320000');
  });

  it('stay at the province when the short place reads on into a mountain', () => {
    // 长白 is 长白朝鲜族自治县 written short, but 长白山 is the mountain the resort is named after.
    const { codes } = readResolved(
      HEAD + '1.吉林省 长白山华美胜地旅游度假区\n2.山西省 晋城太行锡崖沟旅游度假区\n',
    );
    expect(codes).toEqual(['220000', '140500']);
  });

  it('a bare 旅游度假区 is a place, no programme', () => {
    const { n } = readResolved(
      '品质社区入围名单\n东钱湖旅游度假区：韩岭社区、高钱社区\n高新区：院士社区\n',
    );
    expect(n.metadata.programme ?? '').not.toContain('旅游度假区');
  });

  it('a grade quoted before a resort as the honour it holds names no programme', () => {
    const lead =
      '文化和旅游部发布《关于公示第二批国家全域旅游示范区名单的公告》，共有97家创建单位入选。\n' +
      '其中，广东梅州市梅县区、深圳市盐田区等2个县（区）入选公示。\n';
    const bare = readResolved(lead).n.metadata;
    const told = readResolved(
      lead + '深圳市盐田区山海资源得天独厚，拥有“首批国家级旅游度假区”东部华侨城、盐田港。\n',
    ).n.metadata;
    expect(told.programme).toBe(bare.programme);
    expect(told.batch).toBe(bare.batch);
  });

  it('a list of another programme keeps its title', () => {
    const { n } = readResolved(
      '关于公布第二批省级文化产业示范基地名单的通知\n名单如下：\n' +
        '1.江苏省 常熟虞山文化旅游度假区\n2.山东省 荣成好运角旅游度假区\n',
    );
    const titles = resolveRecords(n).resolved.map((r) => r.record.title);
    expect(titles.some((t) => t.endsWith('度假区'))).toBe(true);
  });
});

describe('resorts one a line after their province', () => {
  const LIST =
    '以下旅游度假区拟确定为2024年新一批国家级旅游度假区，现予公示。名单如下：\n' +
    '北京市 密云古北水镇国际休闲旅游度假区\n山西省 晋城太行锡崖沟旅游度假区\n' +
    '江苏省 苏州吴江东太湖生态旅游度假区\n湖南省 长沙铜官窑文化旅游度假区\n（责编：某某）\n';

  it('are entries at the places their names open with, in their provinces, no title', () => {
    const { n, codes } = readResolved(LIST);
    expect(codes).toEqual(['110118', '140500', '320509', '430100']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
  });

  it('a resort after a league or city read first lies in the county its name goes on with', () => {
    const { codes } = readResolved(
      '以下旅游度假区拟确定为新一批国家级旅游度假区。名单如下：\n内蒙古自治区 兴安盟阿尔山旅游度假区\n辽宁省 大连长山群岛旅游度假区\n' +
        '江苏省 苏州吴江东太湖生态旅游度假区\n',
    );
    // 长山群岛 names no county of 大连: the resort stays at the city.
    expect(codes).toEqual(['152202', '210200', '320509']);
  });

  it('a resort named after a mountain, lake or island is no county of the shorter name', () => {
    const { codes, n } = readResolved(
      '以下旅游度假区拟确定为新一批国家级旅游度假区。名单如下：\n吉林省 长白山华美胜地旅游度假区\n' +
        '浙江省 鉴湖旅游度假区\n江苏省 苏州吴江东太湖生态旅游度假区\n',
    );
    // 长白山 is no 长白县 (长白朝鲜族自治县): the resort is held at its province, written with it
    expect(codes).toEqual(['220000', '330000', '320509']);
    expect(n.records[0]!.regionText).toBe('吉林省 长白山华美胜地旅游度假区');
    // a county written short before a word of the resort's name is still its county
    expect(
      readResolved(
        '名单如下：\n吉林省 长白华美胜地旅游度假区\n浙江省 鉴湖旅游度假区\n江苏省 苏州吴江东太湖生态旅游度假区\n',
      ).codes[0],
    ).toBe('220623');
  });

  it('two such lines list nothing by themselves', () => {
    const { n } = readResolved(
      '以下旅游度假区拟确定为2024年新一批国家级旅游度假区，现予公示。名单如下：\n' +
        '北京市 密云古北水镇国际休闲旅游度假区\n山西省 晋城太行锡崖沟旅游度假区\n',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('晋城太行锡崖沟旅游度假区');
  });

  it('a line opening with no province is no resort line', () => {
    const { n } = readResolved(
      '名单如下：\n东钱湖 韩岭旅游度假区\n高新区 院士旅游度假区\n大榭 某某旅游度假区\n',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('韩岭旅游度假区');
  });
});

describe('resorts run into one sentence after their provinces', () => {
  it('are entries, the province written short, the corps read in its region', () => {
    const { n, codes } = readResolved(
      '新一批国家级旅游度假区出炉\n新一批22家国家级旅游度假区包括：北京密云古北水镇国际休闲旅游' +
        '度假区、内蒙古兴安盟阿尔山旅游度假区、湖南长沙铜官窑文化旅游度假区、新疆生产建设兵团' +
        '五家渠青格达湖旅游度假区。（记者 某某）\n',
    );
    expect(codes).toEqual(['110118', '152202', '430100', '659004']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
  });

  it('a resort opening with no place of its province is held at the province', () => {
    const { codes } = readResolved(
      '新一批国家级旅游度假区出炉\n新一批国家级旅游度假区包括：北京密云古北水镇国际休闲旅游' +
        '度假区、吉林长白山华美胜地旅游度假区、湖南长沙铜官窑文化旅游度假区。\n',
    );
    expect(codes).toEqual(['110118', '220000', '430100']);
  });

  it('a sentence whose pieces are not all resorts after a province lists none of them so', () => {
    const { n } = readResolved(
      '新一批国家级旅游度假区出炉\n新一批国家级旅游度假区包括：北京密云古北水镇国际休闲旅游' +
        '度假区、文化体验区、湖南长沙铜官窑文化旅游度假区。\n',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('长沙铜官窑文化旅游度假区');
  });
});
