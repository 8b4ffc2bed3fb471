/**
 * Row kinds of a linearised table that are not records: a full-width heading (a merged
 * row repeats one text into every cell: "一、街道（乡镇）类"), a total (合计/总计), and the
 * second row of a two-row header ("实验单位" spanning 省 | 市 | 县).
 */
import type { ItemDraft } from './drafts';
import { roleOf, type ColumnRole } from './table-columns';
import { keyOf } from './text-key';
import type { RegionLookup } from './types';

/** Every non-empty cell the same text (a merged full-width row), and not a bare number. */
export function isSpanningRow(cells: readonly string[]): string | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return null;
  const first = filled[0] ?? '';
  if (!filled.every((c) => c === first) || /^\d+$/.test(first)) return null;
  // A one-cell row in a wide table is a heading too; a one-cell row of a one-column table is not.
  return cells.length >= 2 ? first : null;
}

export function isTotalRow(cells: readonly string[]): boolean {
  return cells.slice(0, 2).some((c) => /^(合计|总计|小计|共计|总数)[:：]?$/.test(keyOf(c)));
}

/**
 * A row under a header row that refines it: its cells name roles (省份/市/县) or repeat the
 * header cell above (merged down). Returns the combined roles, or null when it is data.
 * Under a header cell merged across columns (入选情况 over 类别 | 入选者) a short cell of
 * words alone is a sub-header even when its word is unknown: it names what the column lists,
 * once another cell of the row names a known role, so a data row (all unknown) stays data.
 */
export function refineHeader(
  top: readonly string[],
  second: readonly string[],
  roles: ColumnRole[],
): ColumnRole[] | null {
  const above = (c: number): string => top[c]?.trim() ?? '';
  const spansAcross = (c: number): boolean =>
    above(c) !== '' && (above(c - 1) === above(c) || above(c + 1) === above(c));
  let named = 0;
  const unknownUnderSpan: number[] = [];
  for (let c = 0; c < second.length; c++) {
    const cell = second[c]?.trim() ?? '';
    if (cell === '' || cell === above(c)) continue;
    if (roleOf(cell) !== null) named++;
    else if (spansAcross(c) && SUB_HEADER.test(keyOf(cell))) unknownUnderSpan.push(c);
    else return null;
  }
  if (named === 0) return null;
  const refined = roles.map((r, c) => {
    const cell = second[c]?.trim() ?? '';
    const own = cell !== '' && cell !== above(c) ? roleOf(cell) : null;
    return own ?? r;
  });
  // The first unknown sub-header names the row's thing when no column does yet; any other is a remark.
  for (const c of unknownUnderSpan) {
    const hasName = refined.some((r, i) => i !== c && (r === 'title' || r === 'name'));
    refined[c] = hasName ? 'remark' : 'name';
  }
  return refined;
}

/** A header word: short, no digits, no punctuation of a sentence. */
const SUB_HEADER = /^[\p{Script=Han}A-Za-z()（）/、]{2,8}$/u;

/** Share of a column's values that are dates or bare numbers (批准日期, 人数): not a title. */
export function numericShare(values: readonly string[]): number {
  const filled = values.filter((v) => v.trim() !== '');
  // Dates and date ranges ("2019年3月至2021年3月") are numbers too.
  const numeric = filled.filter((v) => /^[\d\s./\-年月日:：至到—~]+$/.test(v.trim()));
  return numeric.length / Math.max(1, filled.length);
}

const UNIT_END = /(社区|村|嘎查|居委会)$/;
const TOWN_END = /(街道|镇|乡|苏木)$/;

/**
 * A table cut off in the middle of its last row ("渭南市临渭区解放街道" with its community
 * cell missing, where every row above names a community) names no unit: the row is left
 * out, and the row before it says so, so the loss is never silent.
 */
export function withoutCutLastRow(items: ItemDraft[]): ItemDraft[] {
  const last = items[items.length - 1];
  const before = items.slice(0, -1);
  const prev = before[before.length - 1];
  const placeOf = (it: ItemDraft): string => keyOf(it.unit ?? it.regionText ?? '');
  if (!last || !prev || before.length < 2 || last.title !== '') return items;
  if (!before.every((it) => UNIT_END.test(placeOf(it))) || !TOWN_END.test(placeOf(last)))
    return items;
  prev.warnings.push({
    code: 'truncated_item',
    message: `第${last.seq ?? '?'}行“${last.unit ?? last.regionText ?? ''}”只写到街道（乡镇），缺少社区（村）名称，疑似被截断，未作为条目`,
    seq: last.seq,
  });
  return before;
}

/** A city's code (xxxx00, no province), a county's (no trailing 00); null for anything else. */
function levelOf(it: ItemDraft, lookup: RegionLookup): 'city' | 'county' | null {
  if (it.title !== '' || it.unit || !it.regionText) return null;
  const code = lookup.codeOf?.(it.regionText, it.regionContext ?? {}) ?? null;
  if (!code || !/^\d{6}$/.test(code)) return null;
  if (!code.endsWith('00')) return 'county';
  return code.endsWith('0000') ? null : 'city';
}

/** A city's name as written, without its own suffix ("石家庄" for 石家庄市): the start of a longer name. */
const CITY_SUFFIX = /(?:市|州|盟|地区)$/;

/**
 * A list the copy cut off inside its last entry ("河北省：石家庄" or "…，保定市安国市，衡水市"
 * closing the page, where every entry above is a county): the city alone is the start of a
 * county's name (石家庄市某区), no unit of the list. It is left out, and the entry before it
 * says so, so the loss is never silent. Only where the list runs to the very end of the text,
 * and only where the copy shows it was cut: the city written without its suffix, or a count
 * the lines above state (`statedAbove`, "（共93个）") that the entries fall short of. A complete
 * list may close on a city of its own (…、某县、中山市, a 地级市 with no counties): kept.
 */
export function withoutCutLastCity(
  items: ItemDraft[],
  lookup: RegionLookup,
  statedAbove: number | null,
): ItemDraft[] {
  const last = items[items.length - 1];
  const before = items.slice(0, -1);
  const prev = before[before.length - 1];
  if (!last || !prev || before.length < 2 || levelOf(last, lookup) !== 'city') return items;
  if (!before.every((it) => levelOf(it, lookup) === 'county')) return items;
  const short = !CITY_SUFFIX.test((last.regionText ?? '').trim());
  if (!short && !(statedAbove !== null && statedAbove > items.length)) return items;
  prev.warnings.push({
    code: 'truncated_item',
    message: `最后一项“${last.regionText ?? ''}”只写到地级市，而名单其余各项均为县（市、区），疑似被截断，未作为条目`,
    seq: last.seq,
  });
  return before;
}
