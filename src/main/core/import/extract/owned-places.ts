/**
 * A province or city that only says where the places after it lie (安徽省的寿县和全椒县,
 * 某省有A区、B市…): the places it holds are the entries. Apart from prose-piece.ts, which reads
 * the piece and hands its own reader in for the places after the link.
 */
import { startsAtCountyOrAbove } from './place-like';
import type { PieceInput, PlacePiece } from './place-piece';
import { regionParts } from './region-heuristic';
import type { RegionLookup } from './types';

/** prose-piece's reader of the places from a position of a piece on. */
type ReadFrom = (p: PieceInput, key: string, from: number, lookup: RegionLookup) => PlacePiece[];

/**
 * "确认安徽省的寿县和全椒县为…", "滁州市的全椒县": a province or city with 的 before the places it
 * holds only says where they lie. The places after 的 are the entries, the first written with
 * the province or city before it, so that it resolves there; a place after 的 that the province
 * or city does not hold leaves the piece as it was read. A share told with 有 or 共有 ("某省有A区、
 * B市…等9个县(区)市被确定为…") is read the same way.
 */
const OWNER_LINK = /^(?:的|共?有)/;

export function ownedAfterOf(
  p: PieceInput,
  key: string,
  holder: PlacePiece,
  lookup: RegionLookup,
  readFrom: ReadFrom,
): PlacePiece[] | null {
  if (regionParts(holder.regionText).belowCounty) return null;
  const had = holder.unresolved ? ownedAfterHave(holder, lookup) : null;
  if (had) return [had];
  const after = holder.restAt - p.start;
  const link = OWNER_LINK.exec(key.slice(after))?.[0].length ?? 0;
  if (!link || !startsAtCountyOrAbove(key.slice(after + link))) return null;
  const read = readFrom(p, key, after + link, lookup);
  const first = read[0];
  if (!first || regionParts(first.regionText).belowCounty) return null;
  const joined = holder.regionText + first.regionText;
  const hit = lookup.splitPrefix(joined, {});
  if (!hit || hit.end < joined.length) return null;
  return [{ ...first, regionText: joined, start: holder.start }, ...read.slice(1)];
}

/** "山东省有历下区" read as one unresolved name: the province, 有, and the place it holds. */
const HAVE_SPLIT = /^([\u4e00-\u9fff]{2,10}?(?:省|自治区|市))(共?有)([\u4e00-\u9fff]{2,12})$/;

function ownedAfterHave(holder: PlacePiece, lookup: RegionLookup): PlacePiece | null {
  const m = HAVE_SPLIT.exec(holder.regionText);
  if (!m) return null;
  const owner = lookup.splitPrefix(m[1]!, {});
  if (!owner || owner.end < m[1]!.length) return null;
  const joined = m[1]! + m[3]!;
  const hit = lookup.splitPrefix(joined, {});
  if (!hit || hit.end < joined.length) return null;
  const { unresolved: _read, ...placed } = holder;
  return { ...placed, regionText: joined };
}
