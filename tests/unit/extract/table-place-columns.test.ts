/**
 * Tables whose place column is named by a level word ("村名", "村落名称") beside a category or
 * county column merged down its rows, the per-city counts a news item gives before such a
 * table, and the national batch's head a local list is cut from.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  const places = n.records.map((r) => r.unit ?? r.regionText);
  return { n, codes, places };
}

describe('a category merged down beside a 村名 column', () => {
  it('reads every village, never the categories or the header, and the body example once', () => {
    const { codes, places } = read([
      '关于公布2020年度特色名村的通知',
      '经评估验收，桂林市龙胜各族自治县龙脊镇平安村等3个村达到特色名村评定标准，现予以公布。',
      '附件：2020年度特色名村名单',
      '类别\t村名',
      '特色旅游名村（2个）\t桂林市龙胜各族自治县龙脊镇平安村',
      '特色旅游名村（2个）\t桂林市阳朔县白沙镇旧县村',
      '特色文化名村（1个）\t南宁市宾阳县古辣镇蔡村',
    ]);
    expect(places).toEqual([
      '桂林市龙胜各族自治县龙脊镇平安村',
      '桂林市阳朔县白沙镇旧县村',
      '南宁市宾阳县古辣镇蔡村',
    ]);
    expect(codes).toEqual(['450328', '450321', '450126']);
  });
});

describe('a county column merged down beside full village names', () => {
  it('keeps each village of one county apart and makes no record of the counts', () => {
    const { codes, places } = read([
      '我省多个村落入选传统村落名录',
      '根据公示内容，我省入选具体数目为：晋中市3个、忻州市2个、太原市1个。',
      '晋中市名单',
      '县（市、区）\t村落名称\t个数',
      '平遥县\t平遥县岳壁乡梁村\t2个',
      '平遥县\t平遥县东泉镇东戈壁村\t2个',
      '介休市\t介休市龙凤镇张壁村\t1个',
    ]);
    expect(places).toEqual(['平遥县岳壁乡梁村', '平遥县东泉镇东戈壁村', '介休市龙凤镇张壁村']);
    expect(codes).toEqual(['140728', '140728', '140781']);
  });
});

describe("a national batch's head over one city's share", () => {
  it('is not a record when it lies in another province than every listed village', () => {
    const { places } = read([
      '第六批中国传统村落名单（本市入选3个）',
      '序号\t县（市、区）\t乡镇\t村落',
      '1\t漳州市南靖县\t书洋镇\t田螺坑村',
      '2\t漳州市华安县\t仙都镇\t大地村',
      '3\t漳州市平和县\t霞寨镇\t钟腾村',
      '住房和城乡建设部等部门关于公布第六批中国传统村落名录的通知',
      '经专家委员会审查，决定将河北省石家庄市井陉县于家乡于家村等1336个村落（名单见附件）列入中国传统村落名录，现予以公布。',
    ]);
    expect(places.some((p) => (p ?? '').includes('于家村'))).toBe(false);
    expect(places).toHaveLength(3);
  });

  it('stays a record when the notice names only it', () => {
    const { places } = read([
      '关于公布传统村落名录的通知',
      '经专家委员会审查，决定将河北省石家庄市井陉县于家乡于家村等1336个村落列入中国传统村落名录，现予以公布。',
    ]);
    expect(places.some((p) => (p ?? '').includes('于家村'))).toBe(true);
  });
});

describe('a header of a level word beside a column nobody has named before', () => {
  it("reads 村镇 | 主导产品 as the header, and each product as its entry's theme", () => {
    const { n, places } = read([
      '第九批全国一村一品示范村镇名单（福建）',
      '村镇\t主导产品',
      '福建省福州市闽清县梅溪镇\t橄榄',
      '福建省南平市政和县澄源乡\t白茶、红茶、绿茶',
      '福建省泉州市晋江市金井镇围头村\t鲍鱼',
    ]);
    expect(places).toEqual([
      '福建省福州市闽清县梅溪镇',
      '福建省南平市政和县澄源乡',
      '福建省泉州市晋江市金井镇围头村',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['橄榄', '白茶、红茶、绿茶', '鲍鱼']);
  });
});

describe('a body sentence naming the rows of the table below it', () => {
  it('is the same list when a row’s community is one the division data does not hold', () => {
    const { n, codes } = read([
      '化州市3个村（社区）被公示为全国综合减灾示范社区',
      '近日，我市化州市长岐镇西湾村、化州市同庆镇塘吉村、化州市杨梅镇新糖厂社区等3个村（社区）被公示为2021年度全国综合减灾示范社区。',
      '序号\t县（市、区）\t镇（街道）\t村（社区）',
      '1\t化州市\t长岐镇\t西湾村',
      '2\t化州市\t同庆镇\t塘吉村',
      '3\t化州市\t杨梅镇\t新糖厂社区',
      '按照要求，全市各乡镇都开展了创建工作。',
    ]);
    expect(n.records).toHaveLength(3);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(codes).toEqual(['440982', '440982', '440982']);
  });
});

describe('a column of where each unit comes from beside its name', () => {
  it('reads the province column as the place the county is in, never as its title', () => {
    const { n, codes } = read([
      '某年度示范县名单',
      '序号\t县区名称\t来源省份',
      '1\t平遥县\t山西省',
      '2\t朝阳区\t北京市',
    ]);
    expect(codes).toEqual(['140728', '110105']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });
});
