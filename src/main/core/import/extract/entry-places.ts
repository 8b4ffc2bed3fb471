/**
 * The places one piece of a prose list names (sentence-list.ts walks the pieces): the plain
 * reading first, then the readings an open list allows — a piece joined over a period aside,
 * a piece joined on to the next, a zone or township read inside the list's own place, an
 * institution among a label's places or between enumeration marks, an area under a province
 * line that the division list does not know.
 */
import { objectStart } from './assessed-objects';
import { enumeratedBody } from './enumerated-bodies';
import { labelledBody } from './labelled-bodies';
import type { PlacePiece } from './place-piece';
import { looksLikePlace } from './place-like';
import { readPlaces } from './prose-piece';
import type { Piece } from './prose-labels';
import { unlistedArea } from './province-headings';
import { joinedOverPeriod } from './rest-asides';
import { shortPlacedSite } from './short-placed-sites';
import { outsideLabel, shortTownSite } from './short-town-site';
import type { Building } from './sentence-building';
import { inContext, joinedOn } from './sentence-pieces';
import { shortSitePlaceAt } from './short-place';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** Where the piece stands: its line's pieces, the readers and the context in force. */
export interface EntryAt {
  piece: Piece;
  /** The line's pieces; a piece joined over a period aside replaces the two it joins. */
  pieces: Piece[];
  k: number;
  lookup: RegionLookup;
  /** The lookup the plain reading uses (inside the context where a bracket or share set it). */
  reader: RegionLookup;
  ctx: RegionContext;
  quoted: (offset: number) => boolean;
}

/** How the piece is read: as a list's first entry, after a bracketed county, as an object. */
export interface EntryHow {
  opening: boolean;
  bracketed: boolean;
  object: boolean;
  /** Villages their closing count already read (counted-villages.ts). */
  villages?: PlacePiece[];
}

/** The piece as finally read (joined pieces are one) and the places in it. */
export interface EntryReading {
  piece: Piece;
  places: PlacePiece[];
}

export function readEntryPlaces(
  at: EntryAt,
  how: EntryHow,
  current: Building | null,
  labelPlace: RegionContext | null,
): EntryReading {
  const { pieces, k, lookup, ctx, quoted } = at;
  const { opening } = how;
  let piece = at.piece;
  let places =
    how.villages ??
    readPlaces(piece, at.reader, { leadIn: opening && !how.bracketed, quoted, object: how.object });
  const overPeriod = places[0]?.rest === 'activity' ? joinedOverPeriod(pieces, k) : null;
  const joined = overPeriod && readPlaces(overPeriod, lookup, { leadIn: opening, quoted });
  if (overPeriod && joined?.length === 1 && joined[0]!.rest === 'member') {
    pieces.splice(k, 2, (piece = overPeriod));
    places = joined;
  }
  // "对三明侠天下景区、…给予严重警告": the first site a sanction or an assessment acts on,
  // named after its city written short, which only a listed attraction after it lets be read.
  if (places.length === 0 && opening && how.object) places = objectSitePlaces(piece, at.reader);
  // "安徽芜湖方特、…等6个景区": an area named bare after its province and city written short.
  if (places.length === 0) {
    const site = shortPlacedSite(pieces, k, lookup, opening);
    if (site) places = [site];
  }
  // Only after a comma: after 、 the word is the name's own ("城关乡、和庄镇", "和平区").
  if (places.length === 0 && !opening && pieces[k - 1]?.sep !== '、') {
    piece = joinedOn(piece);
    places = readPlaces(piece, lookup, { leadIn: false, quoted });
  }
  // An entry of an open list that reads as a place only inside the list's own place
  // ("…，以及太白湖新区石桥镇北王一村" under 济宁市): a zone or township the city holds.
  // Taken only when it closes the list as an entry would, never as a place doing something.
  if (places.length === 0 && !opening && (ctx.city || ctx.county) && !looksLikePlace(piece.text)) {
    const inList = readPlaces(piece, inContext(lookup, ctx), { leadIn: false, quoted });
    if (inList.every((p) => p.rest !== 'activity' && !p.doing)) places = inList;
  }
  // "常州：西夏墅工具智造小镇": a trade town named after its township written short, read in
  // the label's place, where the plain reading finds none or one elsewhere.
  if (current?.labelled && labelPlace && (ctx.city || ctx.county)) {
    const inLabel = inContext(lookup, ctx);
    const town = shortTownSite(piece, inLabel);
    if (town && (places.length === 0 || outsideLabel(places[0]!.regionText, inLabel)))
      places = [town];
  }
  // "登封市：大冶镇、新华路街道办事处": after a place's label its townships are read inside it,
  // a name many counties share included (no place elsewhere, or one that only starts the name
  // and leaves the rest to read as what it does), whether it opens the run or not.
  const unread = places.length === 0 || places.every((p) => p.rest === 'activity');
  if (unread && current?.labelled && labelPlace && (ctx.city || ctx.county)) {
    const inLabel = readPlaces(piece, inContext(lookup, ctx), { leadIn: false, quoted });
    if (inLabel.length && inLabel.every((p) => p.rest !== 'activity' && !p.doing))
      places = inLabel.map((p) => (p.organ && townshipOffice(piece, p) ? withoutOrgan(p) : p));
  }
  // "某省：甲区、某省某某福利院": an institution among a label's places is an entry there.
  const body = current?.labelled && labelPlace ? labelledBody(piece, places, labelPlace) : null;
  if (body) places = body;
  // "甲区、某省某某医院、乙县" with no label: the institution between the marks is an entry too.
  const enumerated =
    !body && current?.open.items.length && pieces[k - 1]?.sep === '、'
      ? enumeratedBody(piece, places)
      : null;
  if (enumerated) places = enumerated;
  // "天津市" over "中新天津生态城": an area the division list does not know, in the province.
  const area =
    current?.headedBy && places.length === 0 && pieces.length === 1
      ? unlistedArea(piece, current.headedBy)
      : null;
  if (area) places = [area];
  return { piece, places };
}

/** "新华路街道办事处": a township written with its office word is the township itself. */
function townshipOffice(piece: Piece, p: PlacePiece): boolean {
  const rest = toKey(piece.text.slice(p.end - piece.start)).trim();
  return /(街道|镇|乡)$/.test(toKey(p.regionText)) && /^(办事处|人民政府)$/.test(rest);
}

function withoutOrgan(p: PlacePiece): PlacePiece {
  const { organ: _organ, ...rest } = p;
  return rest;
}

/**
 * The places of a piece that opens with 对 before a site named after its place written short
 * (对三明侠天下景区): read from right after the lead, where the short place and the site's own
 * name make the first place; none when no such site follows the lead.
 */
function objectSitePlaces(piece: Piece, lookup: RegionLookup): PlacePiece[] {
  const key = toKey(piece.text);
  const from = objectStart(key, (text) => shortSitePlaceAt(text, lookup) !== null);
  if (from < 0) return [];
  const rest = { text: piece.text.slice(from), start: piece.start + from };
  return readPlaces(rest, lookup, { leadIn: false });
}
