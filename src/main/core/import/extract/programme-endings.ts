/**
 * Where a programme's name ends: the kind of unit it names (实验区, 典型案例, 示范社区…), and the
 * words and characters a name runs over. Kept apart from programme.ts, which reads the name
 * back from its end, so that the list of endings can grow without that reader growing.
 */
import { PARK_PROGRAMME_END } from './park-programmes';

/**
 * A unit's alternates written beside it belong to the name: 示范村（社区）, 实验区（点）,
 * 示范街道（乡镇）, and the other county-level kinds a county's honour covers, 示范县（市、区、旗）,
 * 试点县（市、区）.
 */
const ALTERNATE_WORD = '(?:社区|村|乡镇|乡|镇|街道|嘎查|点|单位|县|市|区|旗)';
const ALTERNATE_UNIT = `(?:\\(${ALTERNATE_WORD}(?:、${ALTERNATE_WORD})*\\))?`;
/**
 * A unit building toward the title, written right after its word (浙江省大花园示范县建设单位,
 * 国家级森林康养试点建设单位, 老年友好型社区建设单位): the list names its units so, and the name
 * runs on to 建设单位. Only glued on: a bracket between (国家湿地公园(试点)建设单位) or a 创建单位
 * after the word (…示范村镇创建单位, the round's candidates) leaves the title's own name.
 */
const BUILDING_UNIT = '(?:建设单位)?';
/** Where a programme's name ends: the kind of unit it names (实验区, 典型案例, 示范社区…). */
export const PHRASE_END = new RegExp(
  [
    '实验区',
    '实验县\\(市、区\\)',
    '实验县',
    '试验区',
    '实验单位',
    '典型案例',
    '优秀案例',
    '创新案例',
    '精品案例',
    // Titled projects of an experiment programme, whatever their grade (重点, 一般, 委托).
    '实验[\\u4e00-\\u9fff]{0,2}项目',
    '观察点',
    '观测点',
    '示范[\\u4e00-\\u9fff]{0,6}?(?:单位|村镇|乡镇|乡\\(镇\\)|村|镇|社区|街道|城区|城市|县|点|基地)',
    // A demonstration park named by what it fuses or shows (国家农村产业融合发展示范园), not a
    // park area (…示范园区) nor a place's park right after its level word (某区县示范园).
    '(?<![省市区县镇乡村])示范园(?!区)',
    '试点(?:单位|村|社区|县)?',
    // Honours conferred on units, named by what they are rather than by 示范 or 实验.
    '文明村镇',
    '绿色社区',
    '友好型社区',
    // Towns honoured for their industry or culture, named by that word alone (中国特色小镇,
    // 全国特色小镇, 省级特色小城镇): no 示范 or 实验 word ends the name.
    '特色小(?:城)?镇',
    // Villages and towns listed for their rural tourism (全国乡村旅游重点村, 省级乡村旅游重点村,
    // 全国乡村旅游重点村镇, …重点镇(乡)): a key village is their title, no 示范 word ends it.
    '乡村旅游重点(?:村镇|村|镇\\(乡\\)|镇)',
    // An area designated for what it protects ("…文化生态保护区").
    '保护区',
    // An area named for the spending it gathers (国家级夜间文化和旅游消费集聚区): no 示范 word
    // ends it either. Written in full only: a headline's short 文旅消费集聚区 counts a place's
    // units (河南四家…), and an industry's cluster (产业集聚区) is a development zone, no honour.
    '(?<=文化和旅游消费)集聚区',
    // A block named for the tourism and leisure it offers (国家级旅游休闲街区): no 示范 word
    // ends it. Written in full only: a bare 街区 is a place, no honour.
    '(?<=旅游休闲)街区',
    // A resort named by its grade (国家级旅游度假区, 省级旅游度假区): no 示范 word ends it.
    // Written with its level only: a bare 旅游度假区 is a place whose units a list groups
    // (东钱湖旅游度假区：…社区), no honour. Nor a grade quoted before a resort's name as the
    // honour it holds (拥有“首批国家级旅游度假区”东部华侨城): a place's background, not the list's.
    '(?<=(?:国家|省)级)旅游度假区(?!["”」』])',
    PARK_PROGRAMME_END,
    '社区工作法',
    // Whatever a unit is awarded as a title ("荣获天津市“美丽社区”称号", "…”光荣称号"); a title
    // pointed back at ("已获此称号", "获得该称号") names nothing where it stands.
    '(?<!此|该|这一?|这个|这项|此项|该项|上述|同一)(?=["”]?(?:光荣|荣誉)?称号)',
  ]
    .map((end) => `(?:${end})${ALTERNATE_UNIT}${BUILDING_UNIT}`)
    .join('|'),
  'g',
);
/**
 * A word every ending above holds (its lookarounds' 称号 included): a text with none of them
 * has no phrase, and the endings' scan, which has to try each position, is skipped for it.
 */
export const PHRASE_WORD =
  /实验|试验|案例|观察点|观测点|示范|试点|文明村镇|绿色社区|友好型社区|特色小|乡村旅游重点|保护区|消费集聚区|旅游休闲街区|旅游度假区|科技园区|产业园|社区工作法|称号/;
export const PHRASE_CHARS = /[\u4e00-\u9fff0-9“”"()（）、]/;
