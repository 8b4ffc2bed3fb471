/**
 * A grid that lists several entries a row beside the place they lie in, with no header
 * ("桦甸市 | 桦郊乡先锋村 | 桦郊乡晓光村 | 桦郊乡天平村 | 公吉乡公郎头村": a county cell spanning
 * rows of four villages, as blogs and Word files lay out a long list of short names). Read as
 * one row one entry, the row keeps one village as the county's title and loses the others;
 * here each filled cell of those columns is an entry of its own, read inside the row's place.
 *
 * Only columns whose cells are mostly places inside the row's place count, two of them at
 * least: a county beside one village and a note about it ("桦甸市 | 桦郊乡先锋村 | 森林覆盖率
 * 65%") is one entry with its note, and a county over a town and its village writes one place
 * in levels.
 */
import type { ItemDraft } from './drafts';
import type { Cell, ColumnRole } from './table-columns';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A grassroots place the division data may not hold (a renamed village): still an entry. */
const SETTLEMENT = /^[\u4e00-\u9fff]{2,14}(?:村|社区|居委会|嘎查|屯|镇|乡|街道)$/;

/** How many of a column's filled cells must be places for the column to be an entry column. */
const PLACE_SHARE = 0.6;

/** The row's place: its region cell, read inside the table's heading place. */
function rowPlace(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
  ctx: RegionContext,
): RegionContext | null {
  const at = roles.indexOf('region');
  const text = cells[at]?.text.trim() ?? '';
  const hit = text ? lookup.splitPrefix(text, ctx) : null;
  if (!hit || hit.end !== toKey(text).length) return null;
  return { ...ctx, city: hit.regionText };
}

/** The whole cell is one place inside the given place (the row's, a heading's). */
export function isPlace(text: string, place: RegionContext, lookup: RegionLookup): boolean {
  const hit = lookup.splitPrefix(text, place);
  return hit !== null && hit.end === toKey(text).length;
}

/**
 * The columns of a header-less table that list entries side by side: right of the one region
 * column, each mostly places inside the row's region. Empty when fewer than two are.
 */
export function gridEntryColumns(
  rows: readonly (readonly Cell[])[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
): ReadonlySet<number> {
  const regionAt = roles.indexOf('region');
  if (regionAt < 0) return new Set();
  const candidates = roles
    .map((role, c) => ({ role, c }))
    .filter(({ role, c }) => c > regionAt && (role === 'remark' || role === 'name'))
    .map(({ c }) => c);
  const filled = new Map<number, number>();
  const placed = new Map<number, number>();
  for (const cells of rows) {
    const place = rowPlace(cells, roles, lookup, {});
    if (!place) continue;
    for (const c of candidates) {
      const text = cells[c]?.text.trim() ?? '';
      if (text === '') continue;
      filled.set(c, (filled.get(c) ?? 0) + 1);
      if (isPlace(text, place, lookup)) placed.set(c, (placed.get(c) ?? 0) + 1);
    }
  }
  const found = candidates.filter(
    (c) => (filled.get(c) ?? 0) >= 2 && (placed.get(c) ?? 0) >= PLACE_SHARE * (filled.get(c) ?? 0),
  );
  if (found.length < 2 || rows.some((cells) => inLevels(cells, found))) return new Set();
  return new Set(found);
}

/** A township, and a village or community written without one (its level below). */
const TOWNSHIP = /(?:乡|镇|街道|苏木)$/;
const BELOW_TOWNSHIP = /^(?:(?!乡|镇|街道|苏木).)+(?:村|社区|居委会|嘎查|屯)$/;

/**
 * A row that writes one place in levels across the columns ("桦甸市 | 桦郊乡 | 桦郊乡先锋村",
 * "桦甸市 | 桦郊乡 | 先锋村"): a cell that goes on from the one before it, or a township
 * followed by a village written short. Such a table is one entry a row, not a grid. (A cell
 * merged across the row repeats its text: no level.)
 */
function inLevels(cells: readonly Cell[], columns: readonly number[]): boolean {
  const texts = columns.map((c) => toKey(cells[c]?.text ?? '').trim()).filter((t) => t !== '');
  return texts.some((a, i) =>
    texts
      .slice(i + 1)
      .some((b) => (b !== a && b.startsWith(a)) || (TOWNSHIP.test(a) && BELOW_TOWNSHIP.test(b))),
  );
}

/**
 * The row's entries, one per filled cell of the entry columns, each inside the row's place; null
 * when the row has no place or no such cell (a heading, a row the table's reader keeps).
 */
export function gridRowItems(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  columns: ReadonlySet<number>,
  lookup: RegionLookup,
  ctx: RegionContext,
): ItemDraft[] | null {
  const place = rowPlace(cells, roles, lookup, ctx);
  if (!place) return null;
  const items: ItemDraft[] = [];
  for (const c of columns) {
    const cell = cells[c];
    const text = cell?.text.trim() ?? '';
    if (!cell || text === '') continue;
    if (!isPlace(text, place, lookup) && !SETTLEMENT.test(toKey(text))) continue;
    const start = cell.start + cell.text.indexOf(text);
    items.push({
      seq: null,
      start,
      end: start + text.length,
      regionText: text,
      regionContext: place,
      title: '',
      warnings: [],
    });
  }
  return items.length ? items : null;
}
