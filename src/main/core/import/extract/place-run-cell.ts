/**
 * A table row whose named cell is a run of places joined by 、 ("太原市（4个）" |
 * "太原市、阳曲县、古交市、清徐县"): the row groups several entries, one per place, read
 * inside the place the row's other columns name. Kept as one row it would be one entry at the
 * group's place with the whole run as its title, and lose every other place. Only a cell in
 * which every piece is a place and nothing else is such a run; a theme with a 、 in it is not.
 */
import type { ItemDraft } from './drafts';
import type { Cell, ColumnRole } from './table-columns';
import { provinceByName } from './provinces';
import { type RunPiece, runPieces } from './run-pieces';
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
/** A group cell's own heading number before its place ("一、贵阳市（8个）" merged down its rows). */
const GROUP_NUMBER = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*/;

/** A group cell's place as written, without its heading number and its tally. */
export const groupCellPlace = (text: string): string =>
  text
    .replace(/\s*[:：]\s*$/, '')
    .replace(GROUP_COUNT, '')
    .replace(GROUP_NUMBER, '');

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
    if (c === runAt) return;
    const text = groupCellPlace(cells[c]?.text ?? '').trim();
    // A row labelled by its province ("青海省： | 西宁市 …") is grouped by it whatever the
    // column was taken for.
    const labelled = !GROUP_ROLES.includes(role) && provinceByName(text) !== null;
    if (!GROUP_ROLES.includes(role) && !labelled) return;
    const hit = text ? lookup.splitPrefix(text, out) : null;
    if (!hit || hit.end !== toKey(text).length) return;
    out =
      role === 'province' || labelled
        ? { province: hit.regionText }
        : { ...out, city: hit.regionText };
  });
  return out;
}

/**
 * A zone a city or county runs, named after it ("淮南市毛集实验区", "某市某某管理区"): no
 * division of its own, the piece is still a place of the run, lying in the place before it.
 */
const ZONE_OF_PLACE = /^[\u4e00-\u9fff]{2,4}(?:实验区|试验区|管理区|开发区|高新区|经开区|新区)$/;

/**
 * A piece a copied run may garble while its neighbours stay places ("凉阳县" for 沭阳县, "台山布"
 * for 台山市): a bare name of CJK characters, kept as its own entry for the reader to place.
 */
const NAME_LIKE = /^[\u4e00-\u9fff]{2,8}$/;

/**
 * Whether the run may keep pieces the lookup cannot place whole: at least three pieces, two of
 * them places, at most one in three not. A theme joined by 、 ("党建引领、多元共治") has no place
 * among its pieces and stays one.
 */
function toleratesStrays(pieces: number, placed: number): boolean {
  const strays = pieces - placed;
  return strays === 0 || (pieces >= 3 && placed >= 2 && strays * 3 <= pieces);
}

/**
 * A stray the run may keep: one that starts with a place ("通山县九宫山中港村", its town written
 * without 镇), or, between 、, a bare name. Between spaces every piece must start with a place.
 */
function keepsStray(piece: RunPiece, group: RegionContext, lookup: RegionLookup): boolean {
  return (
    lookup.splitPrefix(piece.name, group) !== null || (!piece.bySpace && NAME_LIKE.test(piece.name))
  );
}

/**
 * A group's directly run units ("青海省 | 西宁市 海西州 省直", 市直单位): they lie in no city or county,
 * so the group's own place is theirs and the word names the unit. Read only beside a group of
 * their level (省直 in a province's row, 市直 in a city's); otherwise the word places nothing.
 */
const DIRECT_UNITS = /^(省|自治区|市|州|盟)直(?:单位|机关|部门)?$/;

/** The group's place a directly-run word belongs to: 省直 the province's, 市直 the city's. */
function directUnitPlace(name: string, group: RegionContext): string | null {
  const level = DIRECT_UNITS.exec(name)?.[1];
  if (!level) return null;
  return (/^(?:省|自治区)$/.test(level) ? group.province : group.city) ?? null;
}

/** The cell's places, one entry each, when every piece of it is a place and nothing else. */
function cellPlaces(
  cell: Cell,
  group: RegionContext,
  lookup: RegionLookup,
  least: number,
  tolerant = false,
): ItemDraft[] | null {
  const pieces = runPieces(cell.text);
  if (pieces.length < least || pieces.some((p) => p.name === '')) return null;
  if (pieces[0]?.bySpace && pieces.length > 1 && isOnePlace(pieces, group, lookup)) return null;
  const names = pieces.map((p) => withCityNote(p, group, lookup));
  const regions = names.map(
    (name) => pieceRegion(name, group, lookup) ?? directUnitPlace(name, group),
  );
  const placed = regions.filter((r) => r !== null).length;
  if (placed < pieces.length && !(tolerant && toleratesStrays(pieces.length, placed))) return null;
  if (regions.some((r, i) => r === null && !keepsStray(pieces[i]!, group, lookup))) return null;
  return pieces.map((p, i) => ({
    seq: null,
    start: cell.start + p.start,
    end: cell.start + p.nameEnd,
    regionText: regions[i] ?? names[i]!,
    ...(Object.keys(group).length ? { regionContext: group } : {}),
    title: regions[i] !== null && directUnitPlace(names[i]!, group) !== null ? names[i]! : '',
    warnings: [],
  }));
}

/**
 * A note naming the place's city ("鼓楼区（南京）", "鼓楼区（徐州）") tells apart two places of
 * one name: the place is read inside it, as "南京鼓楼区" is, never merged with its namesake.
 */
function withCityNote(p: RunPiece, group: RegionContext, lookup: RegionLookup): string {
  const note = /[(（]\s*([^()（）]+?)\s*[)）]$/.exec(p.text.slice(p.nameEnd - p.start))?.[1];
  if (!note || lookup.splitPrefix(note, group)?.end !== toKey(note).length) return p.name;
  return pieceRegion(note + p.name, group, lookup) === null ? p.name : note + p.name;
}

/** The piece's region when the whole of it is a place (a zone named after one too), else null. */
function pieceRegion(name: string, group: RegionContext, lookup: RegionLookup): string | null {
  const hit = lookup.splitPrefix(name, group);
  const rest = hit ? toKey(name).slice(hit.end) : '';
  const zoned = hit !== null && (ZONE_OF_PLACE.test(rest) || streetOffice(hit.regionText, rest));
  if (!hit || (hit.end !== toKey(name).length && !zoned)) return null;
  return zoned ? name : hit.regionText;
}

/** "淇县灵山街道办事处": a street written with its office word is that street, office and all. */
const streetOffice = (region: string, rest: string): boolean =>
  rest === '办事处' && toKey(region).endsWith('街道');

/** Space-split pieces that read as one place once joined ("北京市 东城区") are one place. */
function isOnePlace(pieces: readonly RunPiece[], group: RegionContext, lookup: RegionLookup) {
  const joined = pieces.map((p) => p.name).join('');
  const hit = lookup.splitPrefix(joined, group);
  return hit !== null && hit.end === toKey(joined).length;
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
  const found = columnsWithRuns(rows, roles, lookup, (r) => RUN_ROLES.includes(r) || r === 'city');
  return found.size >= 2 ? found : new Set();
}

/** The columns of the roles `takes` admits that hold a run of two places or more in some row. */
function columnsWithRuns(
  rows: readonly (readonly Cell[])[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
  takes: (role: ColumnRole) => boolean,
): Set<number> {
  const found = new Set<number>();
  for (const cells of rows)
    roles.forEach((role, c) => {
      const cell = cells[c];
      if (!cell || found.has(c) || !takes(role)) return;
      if (cellPlaces(cell, {}, lookup, 2)) found.add(c);
    });
  return found;
}

/**
 * The columns that hold a run of places in some row ("河北省 | 邱县、任丘市"): in a row of such
 * a column beside nothing but its group ("北京市 | 怀柔区"), the lone place is the row's one
 * entry, no title of an entry at the group's place.
 */
export function runColumns(
  rows: readonly (readonly Cell[])[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
): ReadonlySet<number> {
  return columnsWithRuns(rows, roles, lookup, (r) => RUN_ROLES.includes(r));
}

/** Whether the row's cells other than `at` are only its group's places, numbers or empty. */
function onlyGroupBeside(cells: readonly Cell[], roles: readonly ColumnRole[], at: number) {
  return cells.every(
    (cell, c) =>
      c === at ||
      cell.text.trim() === '' ||
      roles[c] === 'seq' ||
      GROUP_ROLES.includes(roles[c] as ColumnRole),
  );
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
  runs: ReadonlySet<number> = new Set(),
): ItemDraft[] | null {
  if (entries.size) {
    const others = roles.map((role, c) => (entries.has(c) ? 'remark' : role));
    const items = [...entries].flatMap((c) => {
      const cell = cells[c];
      const group = groupContext(cells, others, c, lookup, ctx);
      return (cell && cellPlaces(cell, group, lookup, 1, true)) ?? [];
    });
    if (items.length) return items;
    const whole = wholeGroup(cells, roles, entries, lookup, ctx);
    if (whole) return [whole];
  }
  for (let c = 0; c < roles.length; c++) {
    const cell = cells[c];
    if (!cell || !RUN_ROLES.includes(roles[c] as ColumnRole)) continue;
    const group = groupContext(cells, roles, c, lookup, ctx);
    const lone = runs.has(c) && Object.keys(group).length > 0 && onlyGroupBeside(cells, roles, c);
    const items = cellPlaces(cell, group, lookup, lone ? 1 : 2, true);
    if (items) return items;
  }
  return null;
}

/** A province-level city: a province's group and a city of the list at once. */
const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市?$/;

/** The place a row's first filled cell names whole, its colon and tally left out. */
function rowPlace(cells: readonly Cell[] | undefined) {
  const cell = cells?.find((c) => c.text.trim() !== '');
  if (!cell) return null;
  const text = groupCellPlace(cell.text).trim();
  return { cell, text };
}

/**
 * "上海市 | （empty）" in a list of cities by province: a municipality has no city under it to
 * name, so its row with the run left empty lists the municipality itself, when the next row goes
 * on to another province ("江苏省： | 南京市 …") or the table ends. Over rows of its own districts
 * the same row heads them and is no entry; a province's row with nothing beside it lists nothing.
 */
export function municipalityRow(
  cells: readonly Cell[],
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
  runs: ReadonlySet<number>,
  next: readonly Cell[] | undefined,
): ItemDraft | null {
  if (runs.size === 0 || [...runs].some((c) => (cells[c]?.text ?? '').trim() !== '')) return null;
  const own = rowPlace(cells);
  if (!own || !MUNICIPALITY.test(own.text) || runs.has(cells.indexOf(own.cell))) return null;
  const after = rowPlace(next);
  if (after && !provinceByName(after.text)) return null;
  const hit = lookup.splitPrefix(own.text, {});
  if (!hit || hit.end !== toKey(own.text).length) return null;
  const start = own.cell.start + own.cell.text.indexOf(own.text);
  return {
    seq: null,
    start,
    end: start + own.text.length,
    regionText: hit.regionText,
    title: '',
    warnings: [],
  };
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
    const text = groupCellPlace(cell.text).trim();
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
