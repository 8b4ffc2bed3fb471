/**
 * News items about a programme's units, in composed wordings: the confirming document
 * retold ("民政部发文确认A等N个单位为…") names the batch, not a unit; themes told one unit
 * per clause, quoted or after "主题分别是："; an inline run of "单位：标题；…"; and the
 * metadata such pages carry (outlet stamps, dated datelines, an organ signing and dating on
 * one line, a labelled publishing unit, "省民政厅" of the notice's province, reposts).
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't', regions });
const rows = (text: string) =>
  extract(text).records.map((r) => [r.regionText, r.title.replace(/[，,]/g, ',')]);

describe('news items', () => {
  const STORY = [
    '江西三地入选全国城乡社区协商创新实验区',
    '本报讯（记者 李文）近日，民政部发文确认北京市东城区等28个单位为全国城乡社区协商创新实验区，南昌市东湖区、新余市、瑞金市入选。',
    '据省民政厅负责人介绍，南昌市东湖区将围绕“健全居民议事会，完善协商规程”开展实验；新余市主要围绕“推进协商成果转化”主题，分两年实施，瑞金市则探索“建立红色议事厅协商机制”。',
  ].join('\n');

  it('the head of a retold confirming document is no unit; each clause gives its theme', () => {
    const n = extract(STORY);
    expect(n.metadata.role).toBe('news');
    expect(rows(STORY)).toEqual([
      ['南昌市东湖区', '健全居民议事会,完善协商规程'],
      ['新余市', '推进协商成果转化'],
      ['瑞金市', '建立红色议事厅协商机制'],
    ]);
  });

  it('a unit the confirming organ’s own notice names first stays a unit', () => {
    const own =
      '民政部关于确认北京市东城区等3个单位为全国城乡社区协商创新实验区的通知\n同意将北京市东城区、南昌市东湖区、新余市确认为全国城乡社区协商创新实验区。';
    expect(extract(own).records.map((r) => r.regionText)).toContain('北京市东城区');
  });

  it('themes after "主题分别是：" lose the words that only lead into them', () => {
    const text = [
      '我市两区入选全国城乡社区协商创新实验区',
      '本报讯 近日，民政部批复将北京市东城区等单位确认为全国城乡社区协商创新实验区。本省共有2个单位入选，分别是南京市玄武区、秦淮区，其实验主题分别是：玄武区“主推”建立楼宇协商议事机制；秦淮区则主要瞄准完善老城片区协商共治体系。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['南京市玄武区', '建立楼宇协商议事机制'],
      ['秦淮区', '完善老城片区协商共治体系'],
    ]);
  });

  it('a theme the clause closes with "的实验主题" keeps its commas, the unit named there first', () => {
    const text = [
      '江苏两地入选全省城乡社区治理创新实验区',
      '本报讯 近日，省民政厅确认苏州市吴江区等10个县区为全省城乡社区治理创新实验区，实验为期两年。苏州市吴江区将围绕健全网格议事，激活居民自治的实验主题推进实验任务，南通市海门区将围绕培育社区社会组织，提升为民服务能力的实验主题开展工作，其他8个县区也将扎实推进各项实验任务。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['苏州市吴江区', '健全网格议事,激活居民自治'],
      ['南通市海门区', '培育社区社会组织,提升为民服务能力'],
    ]);
  });

  it('an inline run of "单位：标题；" is a list whose titles keep their commas', () => {
    const text = [
      '重庆发布8个社区治理优秀案例',
      '2023年5月9日讯：昨天，市民政局发布社区治理优秀案例名单，此次公布的案例分别为，渝中区：推行“院坝议事”,激活居民自治；江北区观音桥街道：打造“邻里中心”,做实社区服务；巴南区一品街道清风社区：楼栋长三步工作法。',
    ].join('\n');
    const n = extract(text);
    expect(n.metadata.issuedOn).toBe('2023-05-09');
    expect(rows(text)).toEqual([
      ['渝中区', '推行“院坝议事”,激活居民自治'],
      ['江北区观音桥街道', '打造“邻里中心”,做实社区服务'],
      ['巴南区一品街道清风社区', '楼栋长三步工作法'],
    ]);
  });
});

describe('metadata of notices and news pages', () => {
  it('an organ that signs and dates on one line is the issuer and the date', () => {
    const text =
      '第一批全省社区治理实验区验收结果\n江西省民政厅　2021年3月4日\n序号\t实验区\t验收等次\n1\t南昌市东湖区\t优秀\n2\t新余市\t合格';
    const n = extract(text);
    expect(n.metadata.issuer).toBe('江西省民政厅');
    expect(n.metadata.issuedOn).toBe('2021-03-04');
  });

  it('a labelled publishing unit is the issuer', () => {
    const text =
      '2023年度重庆市社区治理优秀案例名单\n发布单位：重庆市民政局　发布日期：2023年5月8日\n序号\t地区\t案例名称\n1\t渝中区\t推行院坝议事激活居民自治\n2\t江北区\t打造邻里中心做实社区服务';
    expect(extract(text).metadata.issuer).toBe('重庆市民政局');
  });

  it('a news app is the outlet; its stamp after the name dates the page', () => {
    const text =
      '江西确认10个案例为全省社区治理优秀案例\n赣鄱客户端 2022-03-15 10:21:07\n赣鄱客户端3月15日讯(记者 王明)近日，省民政厅确认“院坝议事”等10个案例为江西省社区治理优秀案例。';
    const n = extract(text);
    expect(n.metadata.issuer).toBe('赣鄱客户端');
    expect(n.metadata.issuedOn).toBe('2022-03-15');
  });

  it('"省民政厅" of a notice about one province is that province’s bureau', () => {
    const text =
      '省民政厅确认第三批全省社区治理实验区\n省民政厅日前发文确认第三批全省社区治理实验区，南昌市东湖区，九江市濂溪区，赣州市章贡区等3个区入选。\n责任编辑 省民政厅';
    const n = extract(text);
    expect(n.metadata.issuer).toBe('江西省民政厅');
    expect(n.metadata.role).toBe('news');
  });

  it('a repost that names the story it copies is news', () => {
    const text =
      '民政部确认300个全国社区协商试点单位\n原标题：民政部确认300个全国社区协商试点单位\n民政部今天公布，将北京市东城区和平里街道等300个单位确认为全国社区协商试点单位。';
    const n = extract(text);
    expect(n.metadata.role).toBe('news');
    expect(n.records).toEqual([]);
  });
});

describe('later notices', () => {
  it('the unit an organ’s title acts on is the unit, not the organ’s province', () => {
    const text = [
      '江西省民政厅关于撤销九江市濂溪区第三批全省社区治理实验区资格的通知',
      '九江市民政局：',
      '经研究，同意终止九江市濂溪区实验工作，撤销其第三批全省社区治理实验区资格。',
      '江西省民政厅',
      '2022年6月1日',
    ].join('\n');
    const n = extract(text);
    expect(n.metadata.role).toBe('revocation');
    expect(n.records.map((r) => [r.regionText, r.outcome?.status])).toEqual([
      ['九江市濂溪区', '已撤销'],
    ]);
  });

  it('a story signed only by a byline is news, and its units keep the outcome it reports', () => {
    const text =
      '从省民政厅获悉，近日民政部发文确认南昌市东湖区圆满完成各项实验任务，通过结项验收。目前我省已拥有南昌市东湖区、九江市濂溪区2个实验区。（作者：王明 李华）';
    const n = extract(text);
    // The role names the source, not the event (the lead's ruling of round 53).
    expect(n.metadata.role).toBe('news');
    expect(n.records.some((r) => r.outcome?.status === '已验收')).toBe(true);
  });
});

describe('issuers printed apart from the title', () => {
  it('the organs on the line above the title issue it', () => {
    const text = [
      '赣委发〔2020〕8号',
      '中共赣州市委　赣州市人民政府',
      '关于加强城乡社区治理的实施意见',
      '为推进城乡社区治理现代化，结合我市实际，提出如下实施意见。',
    ].join('\n');
    expect(extract(text).metadata.issuer).toBe('中共赣州市委 赣州市人民政府');
  });

  it('a name before a dated 讯 or an app’s 消息 is the outlet', () => {
    const dated =
      '赣州一村上榜全国示范村\n时间：2020-05-06\n赣南时刻5月6日讯（记者 王明）日前，民政部公示了示范村名单，赣州市南康区某村上榜。';
    expect(extract(dated).metadata.issuer).toBe('赣南时刻');
    const app =
      '各地积极创建示范社区\n赣鄱发布客户端消息　记者从省民政厅获悉，我省拟推荐南昌市东湖区某社区等10个社区。';
    expect(extract(app).metadata.issuer).toBe('赣鄱发布');
  });
});

describe('roles and kinds of reports', () => {
  it('a meeting held on the zones’ progress reports on zones it does not name', () => {
    const text =
      '赣州市民政局召开全市省级社区治理实验区工作推进会\n为做好我市5个省级社区治理实验区总结验收工作，5月10日，市民政局召开工作推进会，有关县区交流了工作进展。';
    const n = extract(text);
    expect(n.metadata.role).toBe('progress_report');
    expect(n.metadata.kind).toBe('zone_approval');
  });

  it('an evaluation result is an acceptance; a rules notice about zones lists no kind', () => {
    expect(
      extract(
        '第一批省级社区治理试点单位绩效评价结果\n经专家评审，现将第一批省级社区治理试点单位绩效评价结果公布如下。\n序号\t试点单位\t评价结果\n1\t南昌市东湖区\t优秀',
      ).metadata.role,
    ).toBe('acceptance');
    const rules = extract(
      '江西省民政厅关于加强省级社区治理实验区管理的意见\n一、实验区应于每年1月底前报送上一年度工作总结。',
    );
    expect(rules.metadata.kind).not.toBe('zone_approval');
  });
});

describe('a story told without a reporter or an outlet', () => {
  it('a headline of units that 入围 or 入榜 after a retold announcement is news', () => {
    const text = [
      '遂宁市4个行政村入围省级乡村旅游重点村名单',
      '6月5日，省文化和旅游厅公示全省100个村为省级乡村旅游重点村，我市安居区常理镇海龙村、蓬溪县常乐镇拱市村入围。',
    ].join('\n');
    expect(extract(text).metadata.role).toBe('news');
  });

  it('a story retold from another outlet (据…报道) is news', () => {
    const text =
      '台海网10月4日讯 据东南网报道，农业农村部公布了第九批“一村一品”示范村镇名单，其中包含福建省福州市闽清县梅溪镇。';
    expect(extract(text).metadata.role).toBe('news');
  });

  it('an announcement retold under a date on a line of its own, signed off by an editor, is news', () => {
    const text = [
      '日前',
      '国家林业和草原局公布',
      '第一批国家森林乡村',
      '宁化县',
      '泉上镇谢新村',
      '湖村镇龙头村',
      '本期编辑：施菲菲',
    ].join('\n');
    expect(extract(text).metadata.role).toBe('news');
  });

  it("an organ's own list with its 责任编辑 line stays the list", () => {
    const text = [
      '关于公布第一批国家森林乡村名单的通知',
      '各省、自治区、直辖市林业和草原主管部门：',
      '现将第一批国家森林乡村名单予以公布。',
      '附件：第一批国家森林乡村名单',
      '福建省三明市宁化县泉上镇谢新村',
      '福建省三明市明溪县盖洋镇村头村',
      '责任编辑：王芳',
    ].join('\n');
    expect(extract(text).metadata.role).toBe('confirmation');
  });
});

describe('a story closed by the credit of the paper it was taken from', () => {
  const page = (foot: string) =>
    [
      '青禾县五个社区获评市级美丽社区',
      '发布时间：2023-05-12 来源：基层建设和社区治理处 字体：[大 中 小]',
      `记者从青禾市民政局获悉，经申报推荐、评估验收等环节，青禾县东坡社区、柳岸社区等5个社区被评为市级美丽社区。目前，全市社区服务设施实现全覆盖。${foot}`,
    ].join('\n');

  it('is issued by that paper, not by the desk the site posts it under', () => {
    expect(extract(page('（据《青禾日报》）')).metadata.issuer).toBe('青禾日报');
  });

  it('a bracket that credits no paper in book-title marks names none', () => {
    expect(extract(page('（记者 林晓）')).metadata.issuer).not.toBe('青禾日报');
    expect(extract(page('（据青禾日报）')).metadata.issuer).not.toBe('青禾日报');
  });
});
