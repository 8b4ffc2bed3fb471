/**
 * A table row whose named cell is a run of places joined by 、 ("太原市（4个）" |
 * "太原市、阳曲县、古交市、清徐县"): the row groups several entries, one per place, read
 * inside the place the row's other columns name. Kept as one row it would be one entry at the
 * group's place with the whole run as its title, and lose every other place. Only a cell in
 * which every piece is a place and nothing else is such a run; a theme with a 、 in it is not.
 */
import type { ItemDraft } from './drafts';
import type { Cell, ColumnRole } from './table-columns';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/**
 * Columns that may hold the run: the one naming what the row lists (名单, 名称), or its unit.
 * A title column holds one only when every piece is a place, which no theme is.
 */
const RUN_ROLES: readonly ColumnRole[] = ['name', 'title', 'unit', 'region'];
/** Columns naming the place the whole row lies in. */
const GROUP_ROLES: readonly ColumnRole[] = ['province', 'city', 'region'];
/** A group cell's count after its place ("太原市（4个）"): the row's own tally, no place. */
export const GROUP_COUNT = /\s*[(（]\s*(?:共\s*)?[0-9一二三四五六七八九十百两]+\s*个\s*[)）]\s*$/;

/** The place the row's other place cells name, as a context for the pieces. */
function groupContext(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  runAt: number,
  lookup: RegionLookup,
  ctx: RegionContext,
): RegionContext {
  let out = ctx;
  roles.forEach((role, c) => {
    if (c === runAt || !GROUP_ROLES.includes(role)) return;
    const text = (cells[c]?.text ?? '').replace(GROUP_COUNT, '').trim();
    const hit = text ? lookup.splitPrefix(text, out) : null;
    if (!hit || hit.end !== toKey(text).length) return;
    out = role === 'province' ? { province: hit.regionText } : { ...out, city: hit.regionText };
  });
  return out;
}

/**
 * The entries of a row whose run cell lists places, or null when no cell does. Each piece is
 * placed in the row's group and keeps its own span inside the cell.
 */
export function placeRunItems(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
  ctx: RegionContext = {},
): ItemDraft[] | null {
  for (let c = 0; c < roles.length; c++) {
    const cell = cells[c];
    if (!cell || !RUN_ROLES.includes(roles[c] as ColumnRole)) continue;
    const raw = cell.text.split('、');
    if (raw.length < 2 || raw.some((p) => p.trim() === '')) continue;
    const group = groupContext(cells, roles, c, lookup, ctx);
    let at = cell.start;
    const items: ItemDraft[] = [];
    for (const piece of raw) {
      const text = piece.trim();
      const start = at + piece.indexOf(text);
      at += piece.length + 1;
      const hit = lookup.splitPrefix(text, group);
      if (!hit || hit.end !== toKey(text).length) break;
      items.push({
        seq: null,
        start,
        end: start + text.length,
        regionText: hit.regionText,
        ...(Object.keys(group).length ? { regionContext: group } : {}),
        title: '',
        warnings: [],
      });
    }
    if (items.length === raw.length) return items;
  }
  return null;
}
