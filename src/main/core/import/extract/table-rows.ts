/**
 * Row kinds of a linearised table that are not records: a full-width heading (a merged
 * row repeats one text into every cell: "一、街道（乡镇）类"), a total (合计/总计), and the
 * second row of a two-row header ("实验单位" spanning 省 | 市 | 县).
 */
import type { ItemDraft } from './drafts';
import { roleOf, type ColumnRole } from './table-columns';
import { keyOf } from './text-key';

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
 */
export function refineHeader(
  top: readonly string[],
  second: readonly string[],
  roles: ColumnRole[],
): ColumnRole[] | null {
  let named = 0;
  for (let c = 0; c < second.length; c++) {
    const cell = second[c]?.trim() ?? '';
    if (cell === '' || cell === (top[c]?.trim() ?? '')) continue;
    if (roleOf(cell) === null) return null;
    named++;
  }
  if (named === 0) return null;
  return roles.map((r, c) => {
    const cell = second[c]?.trim() ?? '';
    const own = cell !== '' && cell !== (top[c]?.trim() ?? '') ? roleOf(cell) : null;
    return own ?? r;
  });
}

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
