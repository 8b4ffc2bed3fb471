/**
 * A characteristic town under its city's label, named after its township written without 镇
 * ("常州：西夏墅工具智造小镇", "扬州：武坚智能高压电气小镇、曹甸教玩具小镇"): the township is
 * read inside the label's place, where the division list holds it, and the town's trade name
 * after it is the entry's title. Read without the label, the first characters may name a place
 * elsewhere (西夏 is a district of another province) or nothing at all, and the entry is lost.
 */
import type { PlacePiece } from './place-piece';
import type { Piece } from './prose-labels';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** A town's own trade name (无人机小镇), never the bare kind of unit (特色小镇). */
const TRADE_TOWN = /^[\u4e00-\u9fff]{2,8}小镇$/;

/**
 * The township written short at the piece's start and the trade town after it, read with
 * `inLabel` (the lookup inside the label's place); null when the piece is no such town.
 */
export function shortTownSite(piece: Piece, inLabel: RegionLookup): PlacePiece | null {
  const name = piece.text.trim();
  const key = toKey(name);
  if (!TRADE_TOWN.test(key) || /特色小镇$/.test(key)) return null;
  const at = piece.start + piece.text.indexOf(name);
  for (const n of [3, 2]) {
    const rest = key.slice(n);
    if (!TRADE_TOWN.test(rest)) continue;
    const hit = inLabel.splitPrefix(name.slice(0, n), {});
    if (hit?.end !== n) continue;
    return {
      regionText: name.slice(0, n),
      start: at,
      end: at + n,
      restAt: at + n,
      rest: 'none',
      title: name.slice(n),
    };
  }
  return null;
}

/**
 * Whether the plain reading of a place lies outside the label: the lookup inside the label's
 * place does not read it (西夏 under 常州).
 */
export function outsideLabel(regionText: string, inLabel: RegionLookup): boolean {
  return inLabel.splitPrefix(regionText, {})?.end !== regionText.length;
}
