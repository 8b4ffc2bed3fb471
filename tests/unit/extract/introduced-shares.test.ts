/**
 * A count warning says "the page states this list has N units and M were read"; it holds only
 * for the list the count counts. A wider round's total followed by the share the page
 * introduces as its own (其中…, 我省…, 甲、乙位列其中) is no count of that share; a page that
 * lists the round as a whole, or counts its own share differently from what it names, still
 * warns. Each case is composed here from its own sentences.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const counts = (n: ReturnType<typeof read>['n']) =>
  n.warnings.filter((w) => w.code === 'count_mismatch').map((w) => [w.stated, w.found]);

describe('a wider round’s total laid on a share the page introduces', () => {
  it('is no count of units closed by the words of being among (甲、乙位列其中)', () => {
    const { n } = read([
      '我省两地入选全国试点',
      '近日，民政部公布了36个全国养老服务改革试点地区，湖北省宜昌市、湖北省襄阳市位列其中。',
    ]);
    expect(n.records).toHaveLength(2);
    expect(counts(n)).toEqual([]);
  });

  it('is no count of a share opened by 其中 and a place', () => {
    const { n } = read([
      '全国示范社区名单公布',
      '近日，有关部门命名300个社区为全国综合减灾示范社区。其中，江苏省南京市江宁区秣陵街道元山社区、江苏省南京市玄武区玄武门街道百子亭社区入选。',
    ]);
    expect(n.records).toHaveLength(2);
    expect(counts(n)).toEqual([]);
  });

  it('is no count of the story’s own place’s units told with their own count', () => {
    const { n } = read([
      '我省三县获命名',
      '记者日前获悉，民政部近日命名120个全国示范县，我省肥东县、肥西县、金寨县3个县获命名。',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([]);
  });

  it('is no shortfall of a list total whose share the page names (名单共31家，其中…两家在列)', () => {
    const { n } = read([
      '我省两个产业园入选创建名单',
      '近日，财政部对国家现代农业产业园创建名单进行公示。此次公示的创建名单共31家，其中，四川有两家在列，分别是四川省资中县现代农业产业园、四川省南江县现代农业产业园。',
    ]);
    expect(n.records).toHaveLength(2);
    expect(counts(n)).toEqual([]);
  });

  it('reads a place whose name holds 都 (宜都市) closing the share as no word of each having some', () => {
    const { n } = read([
      '湖北三地入选全国实验区',
      '近日，民政部发文确认30个单位为全国社区治理实验区，武汉市江岸区、湖北省宜都市、咸宁市咸安区入选。',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([]);
  });

  it('places of the total each having some (均有…上榜) are no share: the total stays', () => {
    const { n } = read([
      '广州镇村入选示范村镇名单',
      '广州5镇20村入选省级示范村镇名单，白云、花都、南沙均有镇、村上榜。',
      '其中，5个入围的示范镇分别是：广州市白云区人和镇、广州市花都区赤坭镇、广州市南沙区大岗镇、广州市番禺区石楼镇、广州市从化区吕田镇。',
    ]);
    expect(n.records).toHaveLength(5);
    expect(counts(n)).toEqual([[25, 5]]);
  });

  it('a batch cited by an example is no count of the share told after it', () => {
    const { n } = read([
      '贵州3个社区上榜',
      '近日，有关部门决定命名北京市东城区和平里街道东河沿社区等999个社区为全国示范性老年友好型社区。贵州3个社区上榜。具体如下：',
      '1.贵州省贵阳市花溪区清溪街道南溪苑社区',
      '2.贵州省贵阳市白云区泉湖街道南湖社区',
      '3.贵州省遵义市汇川区上海路街道珠海路社区',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([]);
  });

  it('a share of one unit (其中某县1个) counts no list below it', () => {
    const { n } = read([
      '省级名单公布',
      '近日，省民政厅等部门公布全省儿童友好社区名单，共166个社区入选，漳州有3个社区上榜，其中平和1个。',
      '1.福建省漳州市芗城区芝山街道金品社区',
      '2.福建省漳州市龙文区蓝田街道福隆社区',
      '3.福建省漳州市平和县小溪镇新东社区',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([]);
  });

  it('still warns when the page’s own count of its share is not what it names', () => {
    const { n } = read([
      '我省五县获命名',
      '记者日前获悉，民政部近日命名120个全国示范县，我省肥东县、肥西县、金寨县等5个县获命名。',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([[5, 3]]);
  });

  it('still warns when a round’s own list falls short of its count', () => {
    const { n } = read([
      '关于确定社区治理试点的通知',
      '经研究，确定10个试点，分别是：河北省石家庄市长安区、山西省太原市小店区、辽宁省大连市中山区、吉林省长春市南关区、江苏省南京市鼓楼区、浙江省杭州市上城区、安徽省合肥市蜀山区。',
    ]);
    expect(n.records).toHaveLength(7);
    expect(counts(n)).toEqual([[10, 7]]);
  });

  it('a place’s tally of its part ("其余8个市州各1个") is no share: the total stays', () => {
    const { n } = read([
      '全国示范县名单公布',
      '近日，有关部门确定12个全国示范县，其中成都市有4个，其余8个市州各1个，分别是：四川省成都市武侯区、四川省成都市青羊区、四川省成都市锦江区。',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([[12, 3]]);
  });

  it('still warns when units of several places closed by 等 are examples of a round listed below', () => {
    const { n } = read([
      '第三批示范县名单',
      '有关部门公布了第三批示范县名单，此次全国共有20个县上榜，其中河北省兴隆县、山西省沁源县、江苏省沛县等地皆入选。',
      '序号\t县名\t所在省份',
      '1\t兴隆县\t河北省',
      '2\t沁源县\t山西省',
      '3\t沛县\t江苏省',
      '4\t泰顺县\t浙江省',
    ]);
    expect(n.records).toHaveLength(4);
    expect(counts(n)).toEqual([[20, 4]]);
  });

  it('still warns when the share names fewer units than the round’s list read below it', () => {
    const { n } = read([
      '首批示范县名单公布',
      '首批出炉的全国生态示范县共8个！',
      '湖北省京山县榜上有名！',
      '首批全国生态示范县名单：河北省兴隆县、山西省沁源县、江苏省沛县、浙江省泰顺县、湖北省京山县。',
    ]);
    expect(n.records).toHaveLength(5);
    expect(counts(n)).toEqual([[8, 5]]);
  });

  it('a meeting the story’s own place held is no share', () => {
    const { n } = read([
      '示范社区名单',
      '近日，省民政厅确定20个示范社区。我市召开社区建设工作会议，会议通报了创建情况。',
      '示范社区名单如下：',
      '1.南京市江宁区秣陵街道元山社区',
      '2.南京市玄武区玄武门街道百子亭社区',
      '3.南京市鼓楼区宁海路街道江苏路社区',
    ]);
    expect(n.records).toHaveLength(3);
    expect(counts(n)).toEqual([[20, 3]]);
  });
});

describe('the round listed whole under its own heading', () => {
  it('is counted by the round’s total though the story told a share first', () => {
    const { n } = read([
      '我省两地入选示范区公示名单',
      '近日，文化和旅游部发布关于公示第二批国家旅游示范区名单的公告，共有40家创建单位入选。其中，江苏省淮安市金湖县、江苏省无锡市宜兴市位列公示名单。',
      '第二批国家旅游示范区公示名单',
      '北京市昌平区',
      '北京市门头沟区',
      '天津市和平区',
    ]);
    expect(counts(n)).toContainEqual([40, 3]);
  });

  it('takes the count told in the clause naming the round, not the next group’s', () => {
    const { n } = read([
      '关于公布实验项目验收结果的通知',
      '经研究，我委认定“社区教育课程开发”等5个项目为“某市社区教育示范实验项目”，认定“社区学习圈建设”等9个项目为“某市社区教育优秀实验项目”（具体名单见附件）。现将名单予以公布。',
      '附件1：',
      '某市社区教育示范实验项目名单',
      '1.南京市玄武区社区学院',
      '2.南京市鼓楼区社区学院',
    ]);
    expect(counts(n)).toContainEqual([5, 2]);
    expect(counts(n)).not.toContainEqual([9, 2]);
  });

  it('is not counted by the round’s total when the heading names a place’s part', () => {
    const { n } = read([
      '我省三地入选示范区公示名单',
      '近日，文化和旅游部发布关于公示第二批国家旅游示范区名单的公告，共有40家创建单位入选。',
      '第二批国家旅游示范区公示名单（江苏）',
      '江苏省淮安市金湖县',
      '江苏省无锡市宜兴市',
      '江苏省苏州市吴中区',
    ]);
    expect(counts(n)).toEqual([]);
  });
});

describe('a running total of every round so far', () => {
  it('is no count of the units this story names', () => {
    const { n } = read([
      '我市两个社区获评示范社区',
      '近日，南京市江宁区秣陵街道元山社区、南京市玄武区玄武门街道百子亭社区获评全国示范性老年友好型社区。截至目前，我市共有9个社区被命名为全国示范性老年友好型社区。',
    ]);
    expect(n.records).toHaveLength(2);
    expect(counts(n)).toEqual([]);
  });

  it('leaves the share counted after it to check', () => {
    const { n } = read([
      '我省新增试点城市',
      '近日，商务部公布了第三批试点评审结果。截至目前，全国共有150个试点。其中广东5个，分别是：广东省深圳市、广东省佛山市、广东省湛江市。',
    ]);
    expect(counts(n)).toContainEqual([5, 3]);
  });

  it('a count this round chose still warns', () => {
    const { n } = read([
      '我市两个社区获评示范社区',
      '近日，我市9个社区被命名为全国示范性老年友好型社区，其中包括南京市江宁区秣陵街道元山社区、南京市玄武区玄武门街道百子亭社区。',
    ]);
    expect(counts(n).length).toBeGreaterThan(0);
  });
});
