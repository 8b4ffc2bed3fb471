/**
 * A run of townships and villages that names no county, closed by the words that make them
 * entries: "春城街道林田村，春湾镇三乡村、山中间村，…，永宁镇造和村10条行政村位列其中" in a
 * county-level city's own news item that never writes its name. The run is read only when it
 * is a whole sentence of such names (from the sentence start, after at most a lead word such
 * as 我市 or 其中) and the towns themselves lie in one county; a sentence that names places
 * in passing, or towns the division lists cannot agree on, yields nothing.
 */
import {
  countyNamedBefore,
  isAssessedObject,
  objectStart,
  verbObjectStart,
} from './assessed-objects';
import { checkedRunTail } from './checked-run-tail';
import { looksLikePlace } from './place-like';
import type { PlacePiece } from './place-piece';
import { townVillageEntry } from './town-village-entry';
import type { Piece } from './prose-labels';
import { toKey } from './text-key';
import { facilityTown, townFacilityEntry } from './town-facilities';
import type { RegionContext, RegionLookup } from './types';

const SENTENCE_END = /[。；;！!？?]/;
/** Words that may open the run's sentence before its first name. */
const LEAD = /^(?:其中|我(?:市|县|区|旗)|本(?:市|县|区))[，,：:]?/;
/** A zone a city runs, written before the town it holds. */
const ZONE = /^[\u4e00-\u9fff]{2,4}(?:实验区|管理区)(?=[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))/;

export interface UnplacedRun {
  places: PlacePiece[];
  context: RegionContext;
}

/**
 * The run that piece k closes ("…永宁镇造和村10条行政村位列其中"), read back to the start of
 * its sentence, with the county its towns lie in; null unless every piece before it in the
 * sentence is a township or village name and the towns name one county. `led`: the lead word
 * before piece k was already taken off it (the run starts there); `earlier`: the text before
 * the run's line, where an assessed run's county may be named.
 */
export function unplacedRun(
  pieces: Piece[],
  k: number,
  lookup: RegionLookup,
  led = false,
  earlier = '',
): UnplacedRun | null {
  if (!lookup.countyOfTowns) return null;
  const closing = nameOf(pieces[k]!);
  // "…、夕佳山镇社工站两个试点社工站…": a township's station closes the run at its township.
  const entry = townVillageEntry(closing.piece) ?? townFacilityEntry(closing.piece);
  // "…、C乡D村和E乡F村的规划编制": the close of a checked run, taken only as the verb's object.
  const checked = entry ? null : checkedRunTail(closing.piece);
  const last = entry ?? checked?.[checked.length - 1];
  if (!last) return null;
  // Back to the sentence's start, or to the lead word that opens the run mid-sentence.
  let from = k;
  led ||= closing.led;
  // The run as the object of an assessment ("…对…的A镇B村、C镇D村等八个村社的…进行了验收"):
  // it starts after 对 (and its clause) inside the piece that holds them.
  let object: { piece: Piece; lead: string } | null = null;
  while (!led && from > 0 && !SENTENCE_END.test(pieces[from - 1]!.sep)) {
    const before = nameOf(pieces[from - 1]!);
    from--;
    // The piece that holds 对 opens the run, though it may read like a place as a whole
    // ("对四面山镇社工站").
    object = assessedHead(pieces[from]!, closing.piece, last, k - from + 1);
    if (object) break;
    if (!likePlace(before.piece.text)) return null;
    led = before.led;
  }
  if (checked && !object) return null;
  const places: PlacePiece[] = [];
  for (let i = from; i < k; i++) {
    const { piece } = i === from && object ? { piece: object.piece } : nameOf(pieces[i]!);
    const town = facilityTown(piece.text);
    const restAt = piece.start + piece.text.length;
    const end = town ? piece.start + town.length : restAt;
    places.push({ regionText: town ?? piece.text, start: piece.start, end, rest: 'none', restAt });
  }
  places.push(...(checked ?? [last]));
  const towns = places.map((p) => p.regionText);
  let context = lookup.countyOfTowns(towns);
  // The towns alone do not say their county (merged or renamed since): the sentence may.
  if (!context && object)
    context = countyNamedBefore(sentenceBefore(pieces, from, object.lead), towns, lookup);
  // Nor the sentence: the county the text named before it, where the towns lie in it
  // ("市农业农村局来望江县开展…" over "…细致考核了雷池镇红旗中心村、…的规划编制").
  if (!context && object) context = countyNamedBefore(earlier, towns, lookup);
  // A run closed by what the towns were made ("…浮山镇、老洲镇…入选“…文明村镇”"), the county named
  // before it in its own paragraph ("这是枞阳县首次获此项殊荣；…"): where the division list no
  // longer holds every town by that name (merged or renamed since), the county the story is
  // about there does. A heading lines above (某区试点地区) may head a plan's own sites.
  if (!context && !object && !checked)
    context = countyNamedBefore(lineBefore(pieces, from), towns, lookup);
  return context ? { places, context } : null;
}

/**
 * The first name of an assessed run inside its piece ("到江安县对我集团实施建设的大井镇九角村"),
 * when the words after the run's last place assess them; the words before it are the lead.
 */
function assessedHead(
  p: Piece,
  closing: Piece,
  last: PlacePiece,
  places: number,
): { piece: Piece; lead: string } | null {
  const key = toKey(p.text);
  const opened = objectStart(key, likePlace);
  const at = opened >= 0 ? opened : verbObjectStart(key, likePlace);
  if (at < 0) return null;
  const rest = closing.text.slice(last.restAt - closing.start);
  if (!isAssessedObject(key.slice(0, at), rest, places)) return null;
  const text = p.text.slice(at).trimEnd();
  return { piece: { ...p, text, start: p.start + at }, lead: p.text.slice(0, at) };
}

/** The words of the run's line before its first piece. */
function lineBefore(pieces: Piece[], from: number): string {
  return pieces
    .slice(0, from)
    .map((p) => p.text + p.sep)
    .join('');
}

/** A township or village name, or a township's facility ("四面山镇社工站"). */
const likePlace = (text: string): boolean => looksLikePlace(text) || facilityTown(text) !== null;

/** The sentence's words before the run: the pieces since the sentence began, and the lead. */
function sentenceBefore(pieces: Piece[], from: number, lead: string): string {
  let i = from;
  while (i > 0 && !SENTENCE_END.test(pieces[i - 1]!.sep)) i--;
  return (
    pieces
      .slice(i, from)
      .map((p) => p.text + p.sep)
      .join('') + lead
  );
}

/**
 * The name in a piece without the lead word before it ("我市…") and a functional zone the
 * division lists do not hold ("毛集实验区焦岗湖镇…": the town says where it lies).
 */
function nameOf(piece: Piece): { piece: Piece; led: boolean } {
  const key = toKey(piece.text);
  let skip = key.length - key.trimStart().length;
  const lead = LEAD.exec(key.slice(skip))?.[0].length ?? 0;
  skip += lead;
  skip += ZONE.exec(key.slice(skip))?.[0].length ?? 0;
  const text = piece.text.slice(skip).trimEnd();
  return { piece: { ...piece, text, start: piece.start + skip }, led: lead > 0 };
}
