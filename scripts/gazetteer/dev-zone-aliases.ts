/**
 * Development zones that notices write as if they were regions. They are not GB/T 2260
 * units; each alias says which legal unit(s) staff mean by it. One county: the zone and
 * the district are run as one ("区政合一"), so the county is the answer. Several counties:
 * the zone administers streets of each; a street inside it resolves to its own county,
 * the zone alone resolves to the common city.
 */
export interface DevZoneAlias {
  names: string[];
  /** Prefecture the zone belongs to (4-digit prefix) — disambiguates and scopes. */
  city: string;
  counties: string[];
  source: string;
}

export const DEV_ZONE_ALIASES: DevZoneAlias[] = [
  {
    names: ['苏州高新区', '苏州国家高新区', '苏州高新技术产业开发区', '苏州国家高新技术产业开发区'],
    city: '3205',
    counties: ['320505'],
    source: '苏州市人民政府：苏州高新区与虎丘区实行“区政合一”管理体制（苏州高新区（虎丘区））',
  },
  {
    names: ['无锡高新区', '无锡新区', '无锡国家高新区', '无锡国家高新技术产业开发区'],
    city: '3202',
    counties: ['320214'],
    source: '国务院批复设立无锡市新吴区（2015年），无锡国家高新区与新吴区“区政合一”',
  },
  {
    names: ['杭州高新区', '杭州国家高新区', '杭州高新技术产业开发区'],
    city: '3301',
    counties: ['330108'],
    source: '杭州市人民政府：杭州高新区（滨江）与滨江区实行“两块牌子、一套班子”',
  },
  {
    names: ['青岛西海岸新区', '西海岸新区'],
    city: '3702',
    counties: ['370211'],
    source: '国务院关于同意设立青岛西海岸新区的批复（国函〔2014〕71号）：范围为黄岛区全部行政区域',
  },
  {
    names: ['盐南高新区', '盐城盐南高新区', '盐南高新技术产业开发区', '盐城市城南新区', '城南新区'],
    city: '3209',
    counties: ['320903', '320902'],
    source:
      '江苏省级高新区（原盐城市城南新区），代管盐都区新都、科城街道及亭湖区伍佑、黄海、新河街道；国家统计局2023年统计用区划代码将上述街道列在盐都区、亭湖区下',
  },
  {
    names: ['广州南沙新区', '南沙新区'],
    city: '4401',
    counties: ['440115'],
    source:
      '《广州南沙新区发展规划》（国务院2012年批复）：规划范围为广州市沙湾水道以南区域，包括南沙街、珠江街、龙穴街、黄阁镇、横沥镇、万顷沙镇、东涌镇、榄核镇和大岗镇；国家统计局2023年统计用区划代码南沙区下即此九个街镇',
  },
  {
    names: ['雄安新区', '河北雄安新区'],
    city: '1306',
    counties: ['130638', '130629', '130632'],
    source: '中共中央、国务院决定设立河北雄安新区（2017年4月），涉及保定市雄县、容城县、安新县',
  },
];
