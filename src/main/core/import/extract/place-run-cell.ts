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
 * A zone a city or county runs, named after it ("淮南市毛集实验区", "某市某某管理区"): no
 * division of its own, the piece is still a place of the run, lying in the place before it.
 */
const ZONE_OF_PLACE = /^[\u4e00-\u9fff]{2,4}(?:实验区|试验区|管理区|开发区|高新区|经开区|新区)$/;

/** The cell's places, one entry each, when every piece of it is a place and nothing else. */
function cellPlaces(
  cell: Cell,
  group: RegionContext,
  lookup: RegionLookup,
  least: number,
): ItemDraft[] | null {
  const raw = cell.text.split('、');
  if (raw.length < least || raw.some((p) => p.trim() === '')) return null;
  let at = cell.start;
  const items: ItemDraft[] = [];
  for (const piece of raw) {
    const text = piece.trim();
    const start = at + piece.indexOf(text);
    at += piece.length + 1;
    const hit = lookup.splitPrefix(text, group);
    const zoned = hit !== null && ZONE_OF_PLACE.test(toKey(text).slice(hit.end));
    if (!hit || (hit.end !== toKey(text).length && !zoned)) return null;
    items.push({
      seq: null,
      start,
      end: start + text.length,
      regionText: zoned ? text : hit.regionText,
      ...(Object.keys(group).length ? { regionContext: group } : {}),
      title: '',
      warnings: [],
    });
  }
  return items;
}

/**
 * The columns a table lists its entries in, when more than one does: each holds a run of places
 * in some row ("河北 | 石家庄市、邯郸市 | 怀来县、卢龙县…": the cities and the counties of one
 * province are all entries). A city column that only ever names one place is the group its row's
 * counties lie in, not a list of its own.
 */
export function entryColumns(
  rows: readonly (readonly Cell[])[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
): ReadonlySet<number> {
  const found = new Set<number>();
  for (const cells of rows)
    roles.forEach((role, c) => {
      const cell = cells[c];
      if (!cell || found.has(c) || !(RUN_ROLES.includes(role) || role === 'city')) return;
      if (cellPlaces(cell, {}, lookup, 2)) found.add(c);
    });
  return found.size >= 2 ? found : new Set();
}

/**
 * The entries of a row whose run cell lists places, or null when no cell does. Each piece is
 * placed in the row's group and keeps its own span inside the cell. Where the table lists its
 * entries in several columns, every place of those columns is one, a lone one too ("天津 | —— |
 * 武清区"), placed in the row's other place cells.
 */
export function placeRunItems(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
  ctx: RegionContext = {},
  entries: ReadonlySet<number> = new Set(),
): ItemDraft[] | null {
  if (entries.size) {
    const others = roles.map((role, c) => (entries.has(c) ? 'remark' : role));
    const items = [...entries].flatMap((c) => {
      const cell = cells[c];
      const group = groupContext(cells, others, c, lookup, ctx);
      return (cell && cellPlaces(cell, group, lookup, 1)) ?? [];
    });
    if (items.length) return items;
    const whole = wholeGroup(cells, roles, entries, lookup, ctx);
    if (whole) return [whole];
  }
  for (let c = 0; c < roles.length; c++) {
    const cell = cells[c];
    if (!cell || !RUN_ROLES.includes(roles[c] as ColumnRole)) continue;
    const items = cellPlaces(cell, groupContext(cells, roles, c, lookup, ctx), lookup, 2);
    if (items) return items;
  }
  return null;
}

/** An entry column saying the row's whole group is in ("整省试点", "全市推进"), no place. */
const WHOLE_GROUP = /^(?:整|全)(?:省|自治区|市|州|盟|县)(?:试点|推进|实施|开展)?$/;

/**
 * "吉林 | 整省试点 |": where the entry columns say the whole province (or city) takes part, the
 * row's group place is the entry itself, not a place of the name "吉林整省试点" nobody can read.
 */
function wholeGroup(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  entries: ReadonlySet<number>,
  lookup: RegionLookup,
  ctx: RegionContext,
): ItemDraft | null {
  const said = [...entries].some((c) =>
    WHOLE_GROUP.test(toKey(cells[c]?.text ?? '').replace(/\s+/g, '')),
  );
  if (!said) return null;
  for (let c = 0; c < roles.length; c++) {
    const cell = cells[c];
    if (!cell || entries.has(c) || !GROUP_ROLES.includes(roles[c] as ColumnRole)) continue;
    const text = cell.text.replace(GROUP_COUNT, '').trim();
    const hit = text ? lookup.splitPrefix(text, ctx) : null;
    if (!hit || hit.end !== toKey(text).length) continue;
    const start = cell.start + cell.text.indexOf(text);
    return {
      seq: null,
      start,
      end: start + text.length,
      regionText: hit.regionText,
      title: '',
      warnings: [],
    };
  }
  return null;
}
