/**
 * Table headers → column roles, in whatever order the columns come (序号/实验单位/实验主题,
 * 主题/单位名称, 序号/省份/地市/县区/案例名称 …), and one table row → one item draft.
 * A place is often spread over several columns (省份 | 地市 | 县区 | 单位): they are
 * combined into one region text, highest level first, so the unit is read in its parents.
 */
import { onlyBodyKind } from './body-name-cell';
import { parseNumber } from './chinese-numerals';
import type { ItemDraft } from './drafts';
import { splitItem } from './item-split';
import { tellsMembership } from './membership';
import { exampleOfCell, titleOfCell } from './cell-examples';
import { managingBodyHeader, roleByNoun } from './header-nouns';
import { nameCellPlace } from './name-cell-place';
import { outcomeIn } from './outcomes';
import { groupCellPlace } from './place-run-cell';
import { placeFromNameCell, wholePlace } from './place-name-cell';
import { communityTitleAsUnit, estatesAsTitles } from './estate-column';
import { readKindCell } from './kind-column';
import { regionParts } from './region-heuristic';
import { keyOf } from './text-key';
import { titledRowPlace } from './titled-row-place';
import type { RegionContext, RegionLookup } from './types';

export type ColumnRole =
  | 'seq'
  | 'province'
  | 'city'
  | 'region'
  | 'unit'
  | 'title'
  | 'content'
  | 'category'
  | 'remark'
  | 'outcome'
  | 'extended_to'
  | 'name';

const ROLES: { role: ColumnRole; re: RegExp }[] = [
  { role: 'seq', re: /^(序号|编号|序|排序|排名|no\.?)$/i },
  {
    role: 'province',
    // 省（区、市）, 省（市、区）, with the corps the national lists add (省（区、市）、兵团).
    re: /^(省|省份|所属省份|所在省份|省别|省市|省区市|省\((区、?市|市、?区|自治区、?直辖市)\)(、?兵团)?|省级)$/,
  },
  {
    role: 'city',
    re: /^(市|市州|市\(州\)|市\(州、?盟\)|市\(地、?州\)|地市|地市州|所在市|所属市|所属地市|所在地市|所在城市|所属城市|城市|地级市|设区市)$/,
  },
  {
    role: 'region',
    re: /^(地区|所在地区|所属地区|所在地|区域|所在区域|所属区域|行政区划|所在政区|所属政区|所在行政区|城区|城区\(市\)|县|县区|区县|县\(市、?区\)|县\(市、?区、?旗\)|县\(区\)|县\(市\)|区\(县\)|县市区|县级|所在县|所属县|所在县区|所属县区|实验地区|(试点|示范|入选)(地区|城市|县区|区县))$/,
  },
  {
    role: 'unit',
    re: /^(单位|实验单位|单位名称|申报单位|地名|地名名称|标准地名|观察点|观察点名称|观察点单位|实验区|实验区名称|推荐单位|案例单位|所在单位|创建单位|试点单位|试点单位名称|地区\/?单位|乡镇\(街道\)|街道\(乡镇\)|乡镇|街道|小区|小区名|小区名称|居民小区|院落|小区\(院落\))$/,
  },
  {
    role: 'title',
    re: /^(主题|实验主题|案例名称|案例标题|名称|项目名称|标题|题目|案例题目|典型案例|观察主题|创新主题|实验项目|观察重点|试点主题|试点项目|创建主题|项目主题|案例主题|实践主题|观察点主题|实验方向|主题名称)$/,
  },
  {
    role: 'content',
    re: /^(内容|实验内容|实验任务|主要内容|简介|主要做法|基本情况|案例简介|做法|主要经验)$/,
  },
  { role: 'category', re: /^(类别|类型|分类|领域)$/ },
  // A column of who or what a list names (名单, 入选者): the row's name, whatever it is.
  {
    role: 'name',
    re: /^(名单|入选名单|获奖名单|表彰名单|入选者|获奖者|入选对象|表彰对象|获奖对象)$/,
  },
  // The new end of an extended experiment (延长至 | 2023年12月).
  {
    role: 'extended_to',
    re: /^(延长至|延期至|延期时间|延长期限|延期期限|延长后实验期|调整后实验期)$/,
  },
  // What happened to the unit (通过结项验收, 优秀): a status, never its title.
  {
    role: 'outcome',
    re: /^(验收结论|验收结果|验收等次|验收意见|评估结果|评估等次|评估结论|考核结果|考核等次|评定结果|评定等次|评价结果|评价等次|评价结论|结论|等次|等级|结果)$/,
  },
  // What a row's remark says of it (经地方推荐…拟认定为…): a comment on the row, never its name;
  // so is what it was recognised as (认定 | 全国第五批…示范县), the designation written out.
  {
    role: 'remark',
    re: /^(备注|说明|情况|情况说明|备注说明|推荐意见|推荐理由|入选理由|推荐情况|审核意见|审核情况|奖项|所获奖项|获得奖项|单项奖|所获荣誉|荣誉称号|认定|认定情况|所获称号|获得称号)$/,
  },
];

/** Headers of columns holding dates, numbers or contacts: never what a row is about. */
const NOT_A_NAME =
  /(日期|时间|年份|年度|周期|期限|批准|批次|数量|个数|人数|户数|金额|经费|电话|联系人|联系方式|邮箱|得分|分数|期$)/;

/**
 * Words a place-column header is made of ("区（市）县", "街道（镇）", "街（镇）", "村（嘎查）",
 * "省辖市", "省直管县", "办事处": the street office a list writes for its street); a place name
 * is more.
 */
const LEVEL_WORDS =
  /街道办事处|街道办|办事处|村庄|村落|省份|自治区|直辖市|地级市|市州|区县|县区|乡镇|街道|社区|居委会|嘎查|苏木|地区|所在|所属|名称|单位|直管|省|市|州|盟|县|区|旗|乡|镇|场|街|村|级|辖|[()、/]/g;

/**
 * How long a header made of level words only may be: one column may hold several levels
 * ("县（市、区）乡镇村" beside a 设区市 column), and no place name is made of level words.
 */
const LEVELS_HEADER_MAX = 12;

/**
 * Headers not in the lists above, read by what they are made of: only level words means a
 * place column, its level from the lowest word in it; a short header ending in 主题/名称…
 * is the title. A data cell ("锦江区", "商圈社区治理") always has words of its own.
 */
function roleByWords(k: string): ColumnRole | null {
  if (k.length > LEVELS_HEADER_MAX) return null;
  // "村名", "镇名": a level word naming the column's places, as 名称 does.
  const levels = k.length > 1 && k.endsWith('名') ? k.slice(0, -1) : k;
  if (levels.replace(LEVEL_WORDS, '') === '' && levels !== '') {
    if (/街|乡|镇|场|社区|村|居委会|嘎查|苏木|单位|办事处/.test(levels)) return 'unit';
    if (/县|区|旗/.test(levels)) return 'region';
    if (/市|州|盟/.test(levels)) return 'city';
    if (/省/.test(levels)) return 'province';
    return null;
  }
  // "示范单位", "入选单位", "获奖单位": the unit a list names, whatever honour it holds.
  if (k.length <= 6 && k.length > 2 && k.endsWith('单位')) return 'unit';
  return k.length <= 6 && /(主题|题目|项目|方向)$/.test(k) ? 'title' : null;
}

/** A header made of level words only ("村镇", "乡镇（街道）", "村名"): no place is called that. */
function levelsOnly(cell: string): boolean {
  const k = keyOf(cell);
  const levels = k.length > 1 && k.endsWith('名') ? k.slice(0, -1) : k;
  return k.length <= LEVELS_HEADER_MAX && levels !== '' && levels.replace(LEVEL_WORDS, '') === '';
}

/**
 * A cell that reads as a sentence about the row ("经地方推荐和专家评审，拟认定为…",
 * "入选第三批…"): a remark, never the name of what the row lists. A title may hold a comma,
 * but a long cell with a clause break, or one opening with a verb of what befell the unit,
 * is told, not named.
 */
export function readsAsSentence(cell: string): boolean {
  const k = keyOf(cell);
  return (
    (k.length >= 26 && /[，。；,;]./.test(k)) ||
    tellsMembership(k) ||
    /^(经.{0,12}(推荐|评审|审核|审定|评选|研究)|拟(认定|命名|确定|推荐|列为|评为))/.test(k)
  );
}

/**
 * A grade column named by the step that gave it: a mid-term or stage check's grade (中期评估结果)
 * says how the work goes, a comment on the row; a final one's (结项验收结果, 终期评估等次) is
 * what befell the unit. Either way never what the row is called.
 */
const INTERIM_GRADE =
  /^(中期|阶段性?|期中)(评估|考核|评价|检查|督查)?(结果|等次|结论|等级|意见|情况|得分)$/;
const FINAL_GRADE = /(评估|验收|考核|评价|评定|复核)(结果|等次|结论|等级|意见)$/;

export function roleOf(cell: string): ColumnRole | null {
  const k = keyOf(cell);
  const role = plainRole(k);
  if (role) return role;
  // "试点地市", "试点县（市、区）", "示范区城市": the places of that level the list names.
  const bare = k.replace(LISTED_AS, '').replace(CAME_FROM, '');
  const placeRole = bare !== k ? plainRole(bare) : null;
  return placeRole && PLACE_ROLES.includes(placeRole) ? placeRole : null;
}

/**
 * What a place column's header may open with: where the row's unit comes from ("来源省市",
 * "归属地市", "隶属县区"). The cells are its province or city, a place to read the unit in,
 * never what the row is called.
 */
const CAME_FROM = /^(?:来源|来自|归属|隶属)(?=.{1})/;

/** What a place column's header may open with: the programme's word for what it lists. */
const LISTED_AS = /^(?:示范区|试点区|实验区|试点|示范|入选|创建)(?=.{2})/;
const PLACE_ROLES: readonly ColumnRole[] = ['province', 'city', 'region', 'unit'];

function plainRole(k: string): ColumnRole | null {
  for (const { role, re } of ROLES) if (re.test(k)) return role;
  if (INTERIM_GRADE.test(k)) return 'remark';
  if (k.length <= 10 && FINAL_GRADE.test(k)) return 'outcome';
  if (managingBodyHeader(k)) return 'remark';
  return roleByWords(k) ?? qualifiedRole(k) ?? roleByNoun(k, plainRole);
}

/**
 * A header with what its cells add in brackets ("地名名称（类别）" over "大明湖（自然地理实体）",
 * "单位名称（盖章）"): the column is the one its words before the bracket name. A number in
 * brackets is no qualifier: "主题（一）", "主题（二）" are a disclosure page's metadata fields.
 */
const QUALIFIER = /\((?![一二三四五六七八九十0-9]+\))[^()]{1,6}\)$/;

function qualifiedRole(k: string): ColumnRole | null {
  const bare = k.replace(QUALIFIER, '');
  if (bare === k || bare.length < 2) return null;
  for (const { role, re } of ROLES) if (re.test(bare)) return role;
  return null;
}

/**
 * Roles of a header row, or null when it does not look like a header: two known cells, or
 * 序号 and one more, or a cell of level words only (村镇 | 主导产品), which no data row has.
 */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map(roleOf);
  const known = roles.filter((r) => r !== null).length;
  const hasSeq = roles.includes('seq');
  if (known < 2 && !(hasSeq && cells.length >= 2) && !cells.some(levelsOnly)) return null;
  if (cells.some((c) => keyOf(c).length > 14)) return null;
  // A header naming the listed thing (景区名称) holds the name: no other column stands in for it.
  let nameUsed = roles.includes('name');
  const named = roles.map((r, i) => {
    if (r) return r;
    // A bare number atop a column (a numbering column whose header row was numbered too)
    // counts rows; it never names what the row lists.
    if (/^\d+$/.test(keyOf(cells[i] ?? ''))) return 'remark';
    // An unknown header names the listed thing (涉嫌违法社会组织): the first one becomes the title.
    if (!nameUsed && !NOT_A_NAME.test(keyOf(cells[i] ?? '')) && keyOf(cells[i] ?? '') !== '') {
      nameUsed = true;
      return 'name';
    }
    return 'remark';
  });
  return estatesAsTitles(cells, named);
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A place written down to the grassroots unit: a community, village or residents' committee. */
const GRASSROOTS = /(社区|村|嘎查|居委会|居民委员会|村民委员会)$/;

const PLACE_ORDER: readonly ColumnRole[] = ['province', 'city', 'region', 'unit'];

/**
 * One region text from the place columns (省份 + 地市 + 县区 + 单位), highest level first.
 * A cell that repeats what is already there (仙桃市 | 仙桃市) adds nothing; a cell that
 * restates its parents (单位 = 成都市武侯区 under 地市 = 成都市) replaces them.
 */
export function combinePlace(parts: string[]): string {
  let combined = '';
  const used: string[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '' || combined.includes(p)) continue;
    const restated = used.filter((q) => p.startsWith(q)).sort((a, b) => b.length - a.length)[0];
    if (restated) {
      const at = combined.lastIndexOf(restated);
      combined = combined.slice(0, at) + p;
    } else {
      combined += p;
    }
    used.push(p);
  }
  return combined;
}

/**
 * A unit cell naming a place of its own (推荐单位 = 某市民政局, 某省民政厅) beside place columns
 * it does not go on from (地区 = 某省某市某区): an organ standing on its own, which glued after
 * the row's place would read "某区某市民政局". A bare organ (民政局), a cell that is a place
 * alone, or one written below the place columns (地市 = 某市, 单位 = 某区某街道) is read in them.
 */
function ownPlacedUnit(
  above: string,
  unitText: string,
  lookup: RegionLookup,
  ctx: RegionContext,
): boolean {
  if (above === '' || unitText === '') return false;
  const own = lookup.splitPrefix(unitText, {});
  if (!own || own.end >= unitText.length || regionParts(own.regionText).belowCounty) return false;
  const glued = lookup.splitPrefix(above + unitText, ctx);
  return !glued || glued.end <= above.length;
}

/**
 * `ctx`: the place a category row above names ("宜都市（3个）"): a township cell is read inside
 * it, so that a name starting like a county elsewhere (七星台镇, not 七星区) stays a township.
 */
export function rowToItem(
  cells: Cell[],
  roles: ColumnRole[],
  lookup: RegionLookup,
  span: { start: number; end: number },
  ctx: RegionContext = {},
): ItemDraft | null {
  roles = communityTitleAsUnit(cells, roles);
  const get = (role: ColumnRole): Cell | undefined => cells[roles.indexOf(role)];
  const all = (role: ColumnRole): string[] =>
    roles.flatMap((r, i) => (r === role ? [cells[i]?.text.trim() ?? ''] : []));
  // A group cell merged down its rows carries the group's tally ("漳州市（11个）"): no place.
  const placeCells = (role: ColumnRole): string[] =>
    all(role).map((t) => (role === 'unit' ? t : groupCellPlace(t)));
  const seqCell = get('seq');
  const seq = seqCell ? parseNumber(seqCell.text) : null;
  let regionText: string | null = null;
  let unit: string | undefined;
  let regionUnresolved = false;
  const unitCells = all('unit');
  const above = combinePlace(PLACE_ORDER.filter((r) => r !== 'unit').flatMap(placeCells));
  const whole = combinePlace(PLACE_ORDER.flatMap(placeCells));
  // Only a unit glued on as written: one restating its parents (单位 = 某县某镇某村 under 县区 =
  // 某县) already replaced them and reads whole.
  const lone = unitCells.length === 1 ? unitCells[0] : undefined;
  const ownUnit =
    lone !== undefined && whole === above + lone && ownPlacedUnit(above, lone, lookup, ctx)
      ? lone
      : undefined;
  const place = ownUnit ? above : whole;
  const placeCell = get('unit') ?? get('region');
  if (ownUnit) unit = ownUnit;
  if (place !== '') {
    const hit = lookup.splitPrefix(place, ctx);
    if (hit) {
      regionText = hit.regionText;
      if (hit.end < place.length && !ownUnit) unit = place;
    } else {
      regionText = place;
      // A unit the division list places as a whole (an organisation written under its city's
      // short name, 某州某某服务中心) is no unread place, though no prefix splits off it.
      regionUnresolved = lookup.codeOf?.(place, ctx) == null;
    }
  }
  let title = (get('title') ?? get('name'))?.text.trim() ?? '';
  title = get('title') ? titleOfCell(title) : exampleOfCell(title);
  // A list with no theme column has no title: the unit is its place (and `unit`), never
  // repeated as a title. Only a unit that is no place at all is named by its cell.
  if (title === '' && placeCell && !get('title') && regionText === null)
    title = placeCell.text.trim();
  if (title === '' && regionText === null) return null;
  if (regionText === null && title !== '' && !get('title') && get('name')) {
    // "单位：标题" packed into one name cell; a cell that is all place down to a community or
    // village (某市某区某街道某社区) names the unit itself, with no title, and so does a cell
    // that is a whole county or city with its province (江苏省无锡市, 湖南省益阳市南县) where
    // the list names places of several levels.
    const split = splitItem(title, lookup, {});
    const wholeUnit =
      split.title === '' &&
      (GRASSROOTS.test(keyOf(split.regionText ?? '')) || wholePlace(split.regionText, lookup));
    if (split.regionText && !split.regionUnresolved && (split.title || wholeUnit)) {
      regionText = split.regionText;
      title = split.title;
      // 某县某镇中心敬老院: the institution is the unit at its place, its kind no title.
      if (onlyBodyKind(title)) [unit, title] = [get('name')?.text.trim(), ''];
    }
  }
  // A province or group column beside a name opening with its own place (河北 | 张家口某某风景区).
  const lower = ['city', 'region', 'unit'] as const;
  const provinceOnly = lower.every((r) => placeCells(r).every((t) => t.trim() === ''));
  const own =
    get('name') && !get('title') && provinceOnly
      ? nameCellPlace(all('province').join(''), title, lookup, ctx)
      : null;
  if (own) [regionText, title, regionUnresolved] = [own.regionText, own.title, false];
  // A place column beside a name column of places (县（市、区） | 名单 = 三家镇): the name is the unit.
  if (title !== '' && !get('title') && get('name') && get('region')) {
    const named = placeFromNameCell(place, title, lookup, ctx);
    // The county cell's aside (安居区（含高新区）) is then no unit of the row either.
    if (named) [regionText, title, unit] = [named, '', undefined];
  }
  // No place column at all: the project or organisation names its own place.
  if (regionText === null && place === '' && get('title')) {
    regionText = titledRowPlace(title, get('name')?.text.trim(), lookup);
  }
  const content = get('content')?.text.trim();
  const outcomeCell = get('outcome')?.text.trim();
  const extendedTo = get('extended_to')?.text.trim();
  const outcome = extendedTo
    ? outcomeIn(`延期至${keyOf(extendedTo)}`)
    : outcomeCell
      ? outcomeIn(keyOf(outcomeCell))
      : null;
  const category = get('category')?.text.trim();
  return readKindCell({
    seq,
    start: span.start,
    end: span.end,
    regionText,
    ...(unit ? { unit } : {}),
    title,
    ...(content ? { content } : {}),
    ...(category ? { category } : {}),
    ...(regionUnresolved ? { regionUnresolved: true } : {}),
    ...(outcome ? { outcome } : {}),
    warnings: [],
  });
}
