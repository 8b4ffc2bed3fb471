/**
 * Stories that retell a list's entries in a sentence whose verb makes them entries (入围,
 * 成功上榜, 以…被认定, …位列其中), in composed wordings: the places are records, placed with
 * the story's context (the headline's city, the county its towns lie in when the story never
 * writes it); places a story names in passing, or a lead's examples from another city, are not.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { placeNames } from '../../../src/main/core/import/extract/place-names';
import { townVillageEntry } from '../../../src/main/core/import/extract/town-village-entry';
import { readResolved, txtDoc } from './helpers';

const places = (text: string) => {
  const { n, codes } = readResolved(text);
  return n.records.map((r, i) => [r.regionText, codes[i], r.title]);
};

describe('entries retold in a story', () => {
  it('reads a sentence of towns and villages that never names its county, placed by its towns', () => {
    const text = [
      '我县3个村入选省级美丽乡村示范村',
      '近日，省农业农村厅公布了省级美丽乡村示范村名单。天荒坪镇余村，递铺街道鲁家村，溪龙乡黄杜村3个行政村位列其中。',
      '美丽乡村建设是乡村振兴的重要内容。',
    ].join('\n');
    expect(places(text)).toEqual([
      ['天荒坪镇余村', '330523', ''],
      ['递铺街道鲁家村', '330523', ''],
      ['溪龙乡黄杜村', '330523', ''],
    ]);
  });

  it('reads no such run when its towns lie in no one county, or the sentence only mentions them', () => {
    const apart = [
      '我市3个村入选省级美丽乡村示范村',
      '近日，省农业农村厅公布了名单。天荒坪镇余村，春城街道林田村，溪龙乡黄杜村3个行政村位列其中。',
    ].join('\n');
    expect(places(apart)).toEqual([]);
    const passing = [
      '美丽乡村建设推进会召开',
      '近日，全县美丽乡村建设推进会召开。天荒坪镇余村，递铺街道鲁家村的干部在会上作交流发言。',
    ].join('\n');
    expect(places(passing)).toEqual([]);
  });

  it('reads the last village of a run closed by 成功上榜 in the county of the one before', () => {
    const text = [
      '安吉2村上榜',
      '3月20日，有关部门发布拟命名名单的公示。其中，安吉县天荒坪镇余村、递铺街道鲁家村成功上榜。据介绍，该称号每三年评选一次。',
    ].join('\n');
    expect(places(text)).toEqual([
      ['安吉县天荒坪镇余村', '330523', ''],
      ['递铺街道鲁家村', '330523', ''],
    ]);
  });

  it('takes what each village is listed for from 以…, and 被认定 without 为 as membership', () => {
    const text = [
      '浙江8个村镇榜上有名',
      '本报讯 日前，农业农村部公布了示范村镇名单。其中安吉县溪龙乡黄杜村以安吉白茶被认定全国一村一品示范村镇；湖州市安吉县天荒坪镇大溪村以高山茶叶上榜监测合格名单。',
    ].join('\n');
    expect(places(text)).toEqual([
      ['安吉县溪龙乡黄杜村', '330523', '安吉白茶'],
      ['湖州市安吉县天荒坪镇大溪村', '330523', '高山茶叶'],
    ]);
  });

  it('reads "我市A、B入围…" and leaves the province’s examples from another city', () => {
    const text = [
      '湖州市2个行政村入围省级乡村旅游重点村名单',
      '日前，省文化和旅游厅公示全省100个村为省级乡村旅游重点村，我市安吉县天荒坪镇余村、安吉县递铺街道鲁家村入围省级乡村旅游重点村名单。',
      '经各地申报、专家评审，省文化和旅游厅择优确定了杭州市淳安县下姜村等100个村为省级乡村旅游重点村。',
    ].join('\n');
    expect(places(text).map((p) => p.slice(0, 2))).toEqual([
      ['安吉县天荒坪镇余村', '330523'],
      ['安吉县递铺街道鲁家村', '330523'],
    ]);
  });

  it('reads the one village after 我县 placed by its town, never the places of another scope’s honour', () => {
    const text = [
      '余村入选全国乡村治理示范村',
      '日前，农业农村部公布了全国乡村治理示范村名单，全国共1000个村入选，我省有38个村入选，我县天荒坪镇余村入选。',
      '近年来，我县深入推进乡村治理，递铺街道鲁家村被命名为全省民主法治示范村，安吉县溪龙乡黄杜村等12个村被评为省级善治示范村。',
    ].join('\n');
    expect(places(text)).toEqual([['天荒坪镇余村', '330523', '']]);
  });
});

describe('a run after 我县 whose county is never written', () => {
  it('places the run in the one county its towns lie in', () => {
    const text = [
      '我县3个村获评全省示范村',
      '近日，省民政厅命名了120个示范村。我县天荒坪镇余村、递铺街道鲁家村、溪龙乡黄杜村榜上有名，获得示范村称号。',
    ].join('\n');
    expect(places(text)).toEqual([
      ['天荒坪镇余村', '330523', ''],
      ['递铺街道鲁家村', '330523', ''],
      ['溪龙乡黄杜村', '330523', ''],
    ]);
  });

  it('reads two names whose separator was lost, the first holding 和, as two entries', () => {
    const text = [
      '我县3个社区获评全省示范社区',
      '近日，省民政厅命名了120个示范社区。我县青禾镇甲乙社区、白鹭街道丰和社区白鹭街道八角社区榜上有名。',
    ].join('\n');
    const n = extractNotice(txtDoc(text), { fileName: 'a.txt' });
    expect(n.records.map((r) => r.regionText)).toEqual([
      '青禾镇甲乙社区',
      '白鹭街道丰和社区',
      '白鹭街道八角社区',
    ]);
    const glued = { text: '白鹭街道丰和社区八里街道八角社区榜上有名', start: 0 };
    expect(placeNames(glued)?.map((p) => p.regionText)).toEqual([
      '白鹭街道丰和社区',
      '八里街道八角社区',
    ]);
    // "八里…" after the first name is the next name, no count of it.
    expect(townVillageEntry(glued)).toBeNull();
  });
});

describe('a counted introduction before a colon', () => {
  it('opens the list at the first unit after "N个社区是："', () => {
    const text = [
      '我区4个社区荣获市级“和美社区”称号',
      '日前，第二批“和美社区”评选结果揭晓。全市90个社区被命名为“和美社区”，我区4个社区上榜。',
      '4个社区是：青禾街甲乙社区、丙丁社区，白鹭街戊己社区、庚辛社区。至此，我区共有12个社区被评为“和美社区”。',
    ].join('\n');
    const n = extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });
    expect(n.records.map((r) => r.regionText)).toEqual([
      '青禾街甲乙社区',
      '丙丁社区',
      '白鹭街戊己社区',
      '庚辛社区',
    ]);
  });

  it('opens nothing where the unit after the colon is of another level', () => {
    const text = [
      '我区4个社区荣获市级“和美社区”称号',
      '4个社区是：青禾街道办事处负责评选工作。',
    ].join('\n');
    const n = extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });
    expect(n.records).toEqual([]);
  });
});

describe('one unit retold with 名列其中 or 喜获…称号', () => {
  it('reads the unit as the entry', () => {
    const listed = [
      '第二批全国乡村治理示范村镇名单公布',
      '日前，有关部门联合公布第二批全国乡村治理示范村镇名单，其中广东省仁化县董塘镇新龙村名列其中。',
    ].join('\n');
    expect(places(listed)).toEqual([['广东省仁化县董塘镇新龙村', '440224', '']]);
    const honoured = [
      '涧西区喜获“全国和谐社区建设示范城区”荣誉称号',
      '近日，河南省洛阳市涧西区喜获“全国和谐社区建设示范城区”荣誉称号。',
    ].join('\n');
    expect(places(honoured)).toEqual([['河南省洛阳市涧西区', '410305', '']]);
  });

  it('reads no entry where 喜获 names no title', () => {
    const harvest = ['秋粮喜获丰收', '今年，河南省洛阳市涧西区喜获丰收，粮食产量再创新高。'].join(
      '\n',
    );
    expect(places(harvest)).toEqual([]);
  });
});
