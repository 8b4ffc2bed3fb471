/**
 * Entries glued to the words around them in later notices and news, composed here in other
 * words and places: a programme's name written straight before the place it was given to, a
 * unit followed straight by its case title in quotes, quoted project names opening with their
 * township, a headline telling what became of a project, and a counted enumeration whose
 * names cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a programme name glued before the place', () => {
  const text = [
    '临泉县2个国家级和省级民主法治示范村通过复核',
    '',
    '临泉县国家级民主法治示范村城关镇前进村、省级民主法治示范村城关镇前进村、杨桥镇王庄村、单桥镇韦寨村全部通过复核被保留，没有一个被撤销。',
  ].join('\n');

  it('each place after the name is an entry in the county written before it', () => {
    const { n, codes } = readResolved(text);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '城关镇前进村',
      '城关镇前进村',
      '杨桥镇王庄村',
      '单桥镇韦寨村',
    ]);
    expect(codes).toEqual(Array(4).fill('341221'));
  });

  it('the same village under two names is two entries, each with its own name', () => {
    const { n } = readResolved(text);
    expect(n.records.slice(0, 2).map((r) => r.category)).toEqual([
      '国家级民主法治示范村',
      '省级民主法治示范村',
    ]);
  });

  it('a revocation denied ("没有一个被撤销") is no outcome', () => {
    const { n } = readResolved(text);
    expect(n.records.map((r) => r.outcome ?? null)).toEqual(Array(4).fill(null));
  });
});

describe('a zone written before its town', () => {
  it('is the place the town lies in, not a programme glued before it', () => {
    const { n, codes } = readResolved(
      '近日，民政部公布了试点单位名单，我省有18个村入选，我市毛集实验区焦岗湖镇臧巷村入选。',
    );
    expect(n.records.map((r) => r.category ?? null)).toEqual([null]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['340421']);
  });
});

describe('programme names glued before counties', () => {
  it('each county is an entry listed under the name written before it', () => {
    const { n, codes } = readResolved(
      [
        '湖州三地获评国家级荣誉',
        '',
        '据悉，全国农村社区治理实验区安吉县、全国村务公开民主管理示范单位德清县、全国和谐社区建设示范城区湖州市吴兴区成功入选。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330523', '330521', '330502']);
    expect(n.records.map((r) => r.category)).toEqual([
      '全国农村社区治理实验区',
      '全国村务公开民主管理示范单位',
      '全国和谐社区建设示范城区',
    ]);
  });
});

describe('a unit and its case title in quotes', () => {
  const text = [
    '杭州上城区和宁波鄞州区获评全省社区治理创新案例',
    '',
    '省民政厅近日组织开展了创新案例征集活动，通过实地调研、专家评审、网络投票等，评选出杭州市上城区“邻里守望促和谐”、宁波市鄞州区“‘村务协商’议事会”、温州市鹿城区“社区微治理”等3个项目为“2020年度全省社区治理创新案例”，湖州市吴兴区“网格连心”等15个项目为2020年度全省社区治理创新案例提名项目。',
  ].join('\n');

  it('each pair is one case: the place from the unit, the title from the quotes', () => {
    const { n, codes } = readResolved(text);
    expect(n.records.map((r) => r.title)).toEqual([
      '邻里守望促和谐',
      '‘村务协商’议事会',
      '社区微治理',
    ]);
    expect(codes).toEqual(['330102', '330212', '330302']);
  });

  it('one example of another counted batch is no entry, and its count no count of this list', () => {
    const { n, warned } = readResolved(text);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '杭州市上城区',
      '宁波市鄞州区',
      '温州市鹿城区',
    ]);
    expect(warned).not.toContain('count_mismatch');
  });

  it('a unit written as its organ before the quotes is placed by the organ’s place', () => {
    const { n, codes } = readResolved(
      '经专家评审，评选出宁波市鄞州区民政局“邻里守望在身边”、温州市鹿城区五马街道“社区微治理”等2个案例为全省优秀社区工作案例。',
    );
    expect(n.records.map((r) => r.title)).toEqual(['邻里守望在身边', '社区微治理']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['330212', '330302']);
  });

  it('one unit with its quoted title told in passing in a story is no entry', () => {
    const { n } = readResolved(
      '2021年，本市获批全国市域社会治理现代化试点城市，先后创建了2个国家级实验区，桐庐“乡村合伙人”获评“全省社区治理十大创新成果”。',
    );
    expect(n.records).toEqual([]);
  });

  it('an example of another level of the same programme stays an entry', () => {
    const { n } = readResolved(
      '据了解，南京市鼓楼区、苏州市姑苏区2个城区为全省和谐社区建设示范城区，无锡市梁溪区崇安寺街道等6个街道为全省和谐社区建设示范街道，苏州市姑苏区双塔街道南园社区等30个社区为全省和谐社区建设示范社区。',
    );
    expect(n.records.map((r) => r.regionText)).toContain('苏州市姑苏区双塔街道南园社区');
  });

  it('the headline naming two of them without the city’s 市 names the same entries', () => {
    const { n } = readResolved(text);
    expect(n.records).toHaveLength(3);
  });
});

describe('quoted project names opening with their township', () => {
  it('in the county "该县" points back to, each is an entry titled by its name', () => {
    const { n, codes } = readResolved(
      '3月5日，省项目办到剑河县验收“希望家园”项目。验收组对该县“岑松镇温泉村文化活动中心”和“柳川镇产业路建设”两个竣工项目进行了验收评估。',
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['岑松镇温泉村', '岑松镇温泉村文化活动中心'],
      ['柳川镇', '柳川镇产业路建设'],
    ]);
    expect(codes).toEqual(['522629', '522629']);
  });

  it('quoted names that do not all open with a township list nothing', () => {
    const { n } = readResolved(
      '3月5日，省项目办到剑河县验收。验收组对该县“中小学安全饮水工程”和“柳川镇产业路建设”两个竣工项目进行了验收评估。',
    );
    expect(n.records).toEqual([]);
  });
});

describe('a headline telling what became of a project', () => {
  it('the project’s name is the title, not the verb after it', () => {
    const { n, codes } = readResolved(
      [
        '武城县老城镇土地整治项目顺利通过省级验收',
        '',
        '验收组听取了项目实施情况的汇报，现场查看了项目区土地平整和道路建设情况，对工程质量和资金使用进行了全面核实。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['土地整治项目']);
    expect(codes).toEqual(['371428']);
  });
});

describe('a counted enumeration whose names cannot be read', () => {
  it('says how many it states and that none was read', () => {
    const { n } = readResolved(
      [
        '公布2016年美丽乡村示范村名单',
        '',
        '通过前期申报和综合验收，并经县领导小组审议，上海市蔬菜种植工程基地光明村、横沙岛民星村、新村乡新卫村等12个行政村被评定为“2016年度美丽乡村县级示范村”。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
    const count = n.warnings.find((w) => w.code === 'count_mismatch');
    expect(count).toMatchObject({ stated: 12, found: 0 });
    expect(count?.message).toContain('上海市蔬菜种植工程基地光明村');
  });
});
