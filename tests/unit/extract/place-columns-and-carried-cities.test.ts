/**
 * Places spread over columns whose header names several levels at once (设区市 |
 * 县（市、区）乡镇村 under one merged 示范村), per-city counts written as an enumeration
 * ("福州、莆田…和泉州各有2个村"), and a county-level city at the head of an entry in prose
 * (潜山市黄铺镇黄铺村) that must not become the city of the entries after it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes, warned } = readResolved(lines.join('\n'));
  return { n, codes, warned, places: n.records.map((r) => r.unit ?? r.regionText) };
}

describe('a two-row header whose second row names a city column and a county-town-village column', () => {
  const SHEET = [
    '环境整治示范村名单',
    '序号\t示范村\t示范村',
    '序号\t设区市\t县（市、区）乡镇村',
    '1\t福州市\t永泰县嵩口镇大喜村',
    '2\t莆田市\t涵江区白沙镇坪盘村',
    '3\t南平市\t政和县石屯镇石圳村',
  ];

  it('combines the two columns into one place per row, and the header is no record', () => {
    const { codes, places, n } = read(SHEET);
    expect(places).toEqual([
      '福州市永泰县嵩口镇大喜村',
      '莆田市涵江区白沙镇坪盘村',
      '南平市政和县石屯镇石圳村',
    ]);
    expect(codes).toEqual(['350125', '350303', '350725']);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('keeps two such tables of different villages in the same cities apart', () => {
    const { codes } = read([
      ...SHEET,
      '',
      '美丽乡村示范村名单',
      '序号\t示范村\t示范村',
      '序号\t设区市\t县（市、区）乡镇村',
      '1\t福州市\t晋安区寿山乡前洋村',
      '2\t莆田市\t荔城区西天尾镇后黄村',
    ]);
    expect(codes).toEqual(['350125', '350303', '350725', '350111', '350304']);
  });
});

describe('an enumeration of cities that each have so many entries', () => {
  it('says where the entries are, not which they are, also past a last name joined by 和', () => {
    const { places } = read([
      '改善农村人居环境示范村名单',
      '近日，五部门联合公布了示范村名单，福建省12个村庄入选，其中福州、莆田、漳州、南平、宁德和泉州各有2个村，每个示范村将分别获得补助资金100万元。',
      '',
      '村名\t所在县',
      '大喜村\t福州市永泰县',
    ]);
    expect(places.filter((p) => ['福州', '莆田', '漳州', '南平'].includes(p ?? ''))).toEqual([]);
  });
});

describe('a county-level city heading one entry of a prose list', () => {
  it('is no city for the entries after it: a township written alone keeps the county before it', () => {
    const { codes } = read([
      '我市11个村被认定为重点示范村',
      '11个被认定的省级美丽乡村重点示范村分别为：怀宁县公岭镇三铺村，潜山市黄铺镇黄铺村，岳西县白帽镇土桥村，太湖县小池镇银山村、北中镇花冲村，望江县太慈镇桃岭村、漳湖镇回民村。',
    ]);
    expect(codes).toEqual(['340822', '340882', '340828', '340825', '340825', '340827', '340827']);
  });
});
