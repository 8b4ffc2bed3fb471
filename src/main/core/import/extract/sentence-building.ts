/**
 * A list being built from prose and labelled lines (see sentence-list.ts): its items, the
 * group open for a count or a membership verb to close, and how the list was opened. An item
 * inherits the province, city or county its list last wrote when it names none of its own.
 */
import { trailingNote } from './address-items';
import { provinceByName } from './provinces';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { isCutName } from './cut-place-line';
import type { PlacePiece } from './place-piece';
import { withoutCounty, type Piece } from './prose-labels';
import { regionParts } from './region-heuristic';
import { toKey, type Line, type KeyedText } from './text-key';
import type { RegionContext } from './types';

interface Group {
  items: ItemDraft[];
}

export interface Building {
  items: ItemDraft[];
  lines: number[];
  categories: CategoryDraft[];
  open: Group;
  signal: boolean;
  labelled: boolean;
  /** Opened by a kind's counted heading ("二、文明村(31个)"): the lines below are its entries. */
  kindHeaded?: boolean;
  assessed?: boolean;
  /** Opened by words naming the notice's own place ("我县"): a township may start the list. */
  placeGiven?: boolean;
  /** Opened by words ending right before a township ("…卫生村的有某镇…"): it starts the list. */
  townLead?: boolean;
  /** The township whose villages the last entries wrote without 村 ("某镇的新岙、后塘"). */
  bareIn?: string;
  phrase?: string;
  /** Each group a membership phrase closed, with that phrase ("A等4个区为…实验区，B等…为…"). */
  phrased: { phrase: string; items: ItemDraft[] }[];
  intro: string;
  lastLine: number;
  /** The province of the last province line heading the lines below it ("河北省" over its entries). */
  headedBy?: string;
  /** The context before the list's first counted group label. */
  groupBase?: RegionContext;
  /**
   * The last open item that closed its line as a list's line does (no 、 or ， carrying it on):
   * it and the items before it were listed, whatever the lines below go on to do.
   */
  lineListed?: ItemDraft;
}

/**
 * A whole line that is a township and a few more characters, right below a list's entries;
 * or, as the page's very last words, a county and a few characters of the name below it
 * ("某省某市某区平"): the copy stopped inside that entry's name.
 */
function isCutEntry(
  places: PlacePiece[],
  pieces: Piece[],
  b: Building,
  line: Line,
  doc: KeyedText,
): boolean {
  const p = places[0];
  if (!p || places.length !== 1 || pieces.length !== 1) return false;
  const cut = toKey(line.raw.slice(p.end - line.start)).trim();
  if (b.items.length < 2 || b.lastLine !== line.index - 1 || !/^[\u4e00-\u9fff]{1,4}$/.test(cut))
    return false;
  const place = toKey(p.regionText);
  if (p.rest === 'activity' && /(镇|乡|街道|苏木)$/.test(place)) return true;
  return doc.key.slice(line.end).trim() === '' && isCutName(p.regionText, cut);
}

/**
 * The last name of an open enumeration where the copy stops ("…、某市某区洗" ending its
 * paragraph, no sentence end): a place and a few characters of its cut name. It is still the
 * list's entry, kept as written and flagged, never a place doing something.
 */
function cutAtParagraphEnd(
  places: PlacePiece[],
  piece: Piece,
  b: Building,
  line: Line,
  doc: KeyedText,
): boolean {
  const p = places[0];
  if (!p || places.length !== 1 || p.rest === 'none' || b.open.items.length < 2) return false;
  const end = piece.start + piece.text.length;
  const rest = toKey(doc.key.slice(p.end, end)).trim();
  return (
    piece.sep === '' &&
    doc.key.slice(end, line.end).trim() === '' &&
    /^[\u4e00-\u9fff]{1,3}$/.test(rest) &&
    !/[等和及与的为是]/.test(rest)
  );
}

/** A cut entry's written name and end: a whole line after a township, or a paragraph's last name. */
export function cutEntry(
  places: PlacePiece[],
  pieces: Piece[],
  k: number,
  b: Building,
  line: Line,
  doc: KeyedText,
): { regionText: string; end: number } | null {
  if (isCutEntry(places, pieces, b, line, doc)) return { regionText: line.trimmed, end: line.end };
  const piece = pieces[k];
  // Only a name after others on its own line: a line that is one cut name alone is no entry here.
  if (
    !piece ||
    k === 0 ||
    k !== pieces.length - 1 ||
    !cutAtParagraphEnd(places, piece, b, line, doc)
  )
    return null;
  return { regionText: piece.text.trim(), end: piece.start + piece.text.length };
}

/** Adds a cut entry (see cutEntry) flagged as cut short; its line is the list's. */
export function addCutEntry(
  b: Building,
  p: PlacePiece,
  ctx: RegionContext,
  groupLabel: CategoryDraft | null,
  line: Line,
): RegionContext {
  const next = addItem(b, p, ctx, groupLabel);
  b.items[b.items.length - 1]!.warnings.push({
    code: 'truncated_item',
    message: `“${p.regionText}”名称不完整，疑似被截断`,
    seq: null,
  });
  b.lastLine = line.index;
  b.lines.push(line.index);
  return next;
}

/**
 * At a new line: the open items of a line that ended on its last entry with no mark joining it
 * to the next ("重庆市：渝中区、重庆市殡仪馆" over a sponsors' line) are that line's list; a verb on
 * a later line ("甲、乙联合主办") acts for its own places only.
 */
export function markLineListed(b: Building | null, line: Line, doc: KeyedText): void {
  const last = b?.open.items[b.open.items.length - 1];
  const above = doc.lines[line.index - 1];
  if (!b || !last || !above || above.trimmed === '') {
    if (b && last) b.lineListed = last;
    return;
  }
  const tail = doc.key.slice(last.end, above.start + above.raw.length).trim();
  if (tail === '' && !/[、，,；;和及与]$/.test(toKey(above.trimmed))) b.lineListed = last;
}

export function newBuilding(
  line: Line,
  doc: KeyedText,
  sentenceStart: number,
  firstAt?: number,
): Building {
  const from = Math.max(line.start, sentenceStart);
  const intro = firstAt !== undefined ? toKey(doc.text.slice(from, firstAt)) : '';
  return {
    items: [],
    lines: [],
    categories: [],
    phrased: [],
    open: { items: [] },
    signal: false,
    labelled: false,
    intro: intro.replace(/[\s:：,，]+$/, ''),
    lastLine: line.index,
  };
}

/** A development or industrial zone's name: a county-level reading of it is no division. */
const ZONE = /(开发区|高新区|经开区|工业园区|产业园区)$/;

/**
 * An area a committee runs inside a county (a reservoir area, a scenic area: 某库区管委会某社区),
 * never a county-level zone beside one: it lies in the county the entries before are in.
 */
const COUNTY_AREA = /(?:库区|景区)(?:管委会|管理委员会)?$|(?:管委会|管理委员会)$/;

function isZone(county: string | undefined): boolean {
  return !!county && ZONE.test(toKey(county));
}

/**
 * A zone written with its own name before its word ("滨海开发区", not a bare 高新区 or 经济开发区)
 * is a county-level area of its own, no zone of the county the entries before lie in (unless
 * it bears that county's name): the townships after it lie in it.
 */
function ownNamedZone(county: string | undefined, ctx: RegionContext): boolean {
  if (!county || !isZone(county)) return false;
  const stem = toKey(county).replace(
    /(?:高新技术产业|经济技术|经济|高新技术)?(?:开发区|高新区|经开区|工业园区|产业园区)$/,
    '',
  );
  if (stem.length < 2 || /^(经济|高新|工业|产业|国家级?|省级)/.test(stem)) return false;
  const own = toKey(ctx.county ?? '').replace(/(市|区|县|旗)$/, '');
  return !own || !stem.startsWith(own);
}

/** What a place ends with before a note in brackets: a unit below the county, or a division. */
const NOTED_PLACE_END = /(社区|村|居委会|嘎查|街道|镇|乡|苏木|县|区|市|旗)$/;

/**
 * "某县某镇某村(海带)" in a run of places: the bracketed note after the place (a 一村一品
 * village's product, a theme) is the entry's title, as on a line of its own (address-items'
 * trailingNote), never part of the place's name, which is read without it. A bracketed place,
 * count or status is no note.
 */
export function notedPiece(p: Piece): { piece: Piece; note: string } | null {
  const noted = trailingNote(p.text);
  if (!noted || !NOTED_PLACE_END.test(toKey(noted.head))) return null;
  // "萍乡(江西)", "…地区(单位)", "…(名单附后)", "…区(本级)", "…村(居)": a province, a kind of
  // unit, the level itself (a city's own office, a village's residents' committee) or a pointer
  // to a list is no note about the entry.
  const note = toKey(noted.note);
  if (provinceByName(note) || /^(单位|地区|集体|个人|本级|居)$|名单|附后|附件|见/.test(note))
    return null;
  return {
    piece: { ...p, text: p.text.slice(0, p.text.indexOf(noted.head) + noted.head.length) },
    note: noted.note,
  };
}

export function addItem(
  b: Building,
  p: PlacePiece,
  ctx: RegionContext,
  groupLabel: CategoryDraft | null,
): RegionContext {
  const parts = regionParts(p.regionText);
  const inherited: RegionContext = {};
  if (!parts.province && ctx.province) inherited.province = ctx.province;
  if (!parts.province && !parts.city && parts.countyOnly && ctx.city) inherited.city = ctx.city;
  // A township written alone under a city's label ("无锡：官林超导新材小镇", no county known): it
  // is read inside that city, as its county would be, not anywhere in the province.
  if (
    !parts.province &&
    !parts.city &&
    !parts.county &&
    parts.belowCounty &&
    ctx.city &&
    !ctx.county
  )
    inherited.city = ctx.city;
  // A development zone read as the county ("经济开发区某社区" under "某县：") is no division:
  // under a county's label it is that county's zone, and the county still holds after it.
  // A county an entry before wrote itself ("某区甲街道、高新区乙社区") is no label: the
  // zone may lie beside it.
  const zoneInCounty =
    !!ctx.county &&
    !parts.province &&
    !parts.city &&
    isZone(parts.county) &&
    !b.items.some((it) => it.regionText && regionParts(it.regionText).county === ctx.county);
  const areaInCounty =
    !!ctx.county && !parts.province && !parts.city && COUNTY_AREA.test(toKey(parts.county ?? ''));
  if ((parts.belowCounty || zoneInCounty || areaInCounty) && ctx.county)
    inherited.county = ctx.county;
  let next: RegionContext = ctx;
  if (parts.province)
    next = {
      province: parts.province,
      ...(parts.city ? { city: parts.city } : {}),
      ...(parts.county ? { county: parts.county } : {}),
    };
  // "某市经济开发区甲社区、乙镇丙社区，丁市…": the zone after a city's name is no division, and
  // the name before it may be a county-level city's; it places the next entries, never a city
  // that a county-level city written after it would be read inside.
  else if (parts.city && isZone(parts.county))
    next = { ...(ctx.province ? { province: ctx.province } : {}), county: parts.city };
  else if (parts.city)
    next = {
      ...withoutCounty(ctx),
      city: parts.city,
      ...(parts.county ? { county: parts.county } : {}),
    };
  // A zone with its own name places the next entries, though its name is no division's to
  // read them inside: each is read after it, as the entry before (resolve-records' previous).
  else if (ownNamedZone(parts.county, ctx)) next = withoutCounty(ctx);
  // A zone written beside a county an entry before wrote ("姑苏区甲街道、工业园区乙社区、高新区
  // 丙社区") is no division to read the next entry in: the county before still places it.
  else if (parts.county && !zoneInCounty && !areaInCounty && !(isZone(parts.county) && ctx.county))
    next = { ...ctx, county: parts.county };
  if (groupLabel) groupLabel.found++;
  const item: ItemDraft = {
    ...(groupLabel ? { category: groupLabel.name } : {}),
    seq: null,
    start: p.start,
    end: p.end,
    regionText: p.regionText,
    ...(Object.keys(inherited).length ? { regionContext: inherited } : {}),
    // A list in prose names places only, unless it says what each is listed for ("以…").
    title: p.title ?? '',
    ...(p.unresolved ? { regionUnresolved: true } : {}),
    ...(p.organ ? { organ: true } : {}),
    ...(p.unit ? { unit: p.unit } : {}),
    warnings: [],
  };
  b.items.push(item);
  b.bareIn = undefined;
  b.open.items.push(item);
  return next;
}

/**
 * "确定A区等4个区为省级…实验区，B街道等40个街道为省级…示范街道": one sentence naming several
 * lists by their first units, each group closed by its own programme. Each group is a list of
 * its own (its programme and kind from its phrase), not one list under the last phrase; a
 * sentence whose groups share one phrase, or has items outside them, stays one list.
 */
export function listsByPhrase(b: Building, list: ListDraft): ListDraft[] {
  const groups = b.phrased.filter((g) => g.items.length > 0);
  const phrases = new Set(
    groups.map((g) => toKey(g.phrase).replace(/^(?:19|20)[0-9]{2}年度?/, '')),
  );
  const covered = groups.reduce((n, g) => n + g.items.length, 0);
  if (groups.length < 2 || phrases.size < groups.length || covered !== b.items.length)
    return [list];
  return groups.map((g) => {
    const start = g.items[0]!.start;
    const end = g.items[g.items.length - 1]!.end;
    const categories = (list.categories ?? []).filter((c) => c.start >= start && c.start <= end);
    return {
      ...list,
      items: g.items,
      start,
      end,
      categories,
      phrase: g.phrase,
      sibling: list.start,
    };
  });
}
