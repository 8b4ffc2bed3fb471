/**
 * Table headers → column roles, in whatever order the columns come (序号/实验单位/实验主题,
 * 主题/单位名称, 序号/地区/案例名称 …), and one table row → one item draft.
 */
import { parseNumber } from './chinese-numerals';
import type { ItemDraft } from './drafts';
import { splitItem } from './item-split';
import { keyOf } from './text-key';
import type { RegionContext, RegionLookup } from './types';

export type ColumnRole = 'seq' | 'province' | 'city' | 'region' | 'unit' | 'title' | 'content' | 'category' | 'remark' | 'name';

const ROLES: { role: ColumnRole; re: RegExp }[] = [
  { role: 'seq', re: /^(序号|编号|序|排序|排名|no\.?)$/i },
  { role: 'province', re: /^(省份|所属省份|所在省份|省别|省\(区、?市\)|省区市)$/ },
  { role: 'city', re: /^(市州|地市|所属地市|所在城市|所属城市|设区市)$/ },
  { role: 'region', re: /^(地区|所在地区|所属地区|所在地|区域|行政区划|县\(市、?区\)|县市区|区县|实验地区)$/ },
  {
    role: 'unit',
    re: /^(单位|实验单位|单位名称|申报单位|观察点|观察点名称|观察点单位|实验区|实验区名称|推荐单位|案例单位|所在单位|创建单位|试点单位|地区\/?单位)$/,
  },
  { role: 'title', re: /^(主题|实验主题|案例名称|案例标题|名称|项目名称|标题|题目|案例题目|典型案例|观察主题|创新主题|实验项目)$/ },
  { role: 'content', re: /^(内容|实验内容|实验任务|主要内容|简介|主要做法|基本情况|案例简介|做法|主要经验)$/ },
  { role: 'category', re: /^(类别|类型|分类|领域)$/ },
  { role: 'remark', re: /^(备注|说明)$/ },
];

export function roleOf(cell: string): ColumnRole | null {
  const k = keyOf(cell);
  for (const { role, re } of ROLES) if (re.test(k)) return role;
  return null;
}

/** Roles of a header row, or null when it does not look like a header (needs two known cells, or 序号 and one more). */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map(roleOf);
  const known = roles.filter((r) => r !== null).length;
  const hasSeq = roles.includes('seq');
  if (known < 2 && !(hasSeq && cells.length >= 2)) return null;
  if (cells.some((c) => keyOf(c).length > 14)) return null;
  let nameUsed = false;
  return roles.map((r) => {
    if (r) return r;
    // An unknown header names the listed thing (涉嫌违法社会组织): the first one becomes the title.
    if (!nameUsed) {
      nameUsed = true;
      return 'name';
    }
    return 'remark';
  });
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export function rowToItem(
  cells: Cell[],
  roles: ColumnRole[],
  lookup: RegionLookup,
  span: { start: number; end: number },
): ItemDraft | null {
  const get = (role: ColumnRole): Cell | undefined => cells[roles.indexOf(role)];
  const seqCell = get('seq');
  const seq = seqCell ? parseNumber(seqCell.text) : null;
  const ctx: RegionContext = {};
  const province = get('province')?.text.trim();
  const city = get('city')?.text.trim();
  if (province) ctx.province = province;
  if (city) ctx.city = city;
  let regionText: string | null = null;
  let unit: string | undefined;
  let regionUnresolved = false;
  const placeCell = get('region') ?? get('unit');
  if (placeCell && placeCell.text.trim() !== '') {
    const place = placeCell.text.trim();
    const hit = lookup.splitPrefix(place, ctx);
    if (hit) {
      regionText = hit.regionText;
      if (hit.end < place.length) unit = place;
    } else {
      regionText = place;
      regionUnresolved = true;
    }
  }
  let title = (get('title') ?? get('name'))?.text.trim() ?? '';
  if (title === '' && placeCell && !get('title')) {
    // A one-column list of units: the unit is what is listed.
    title = placeCell.text.trim();
  }
  if (title === '' && regionText === null) return null;
  if (regionText === null && title !== '' && !get('title') && get('name')) {
    // "单位：标题" packed into one name cell.
    const split = splitItem(title, lookup, ctx);
    if (split.regionText && !split.regionUnresolved && split.title) {
      regionText = split.regionText;
      title = split.title;
    }
  }
  const content = get('content')?.text.trim();
  const category = get('category')?.text.trim();
  return {
    seq,
    start: span.start,
    end: span.end,
    regionText,
    ...(Object.keys(ctx).length ? { regionContext: ctx } : {}),
    ...(unit ? { unit } : {}),
    title,
    ...(content ? { content } : {}),
    ...(category ? { category } : {}),
    ...(regionUnresolved ? { regionUnresolved: true } : {}),
    warnings: [],
  };
}
