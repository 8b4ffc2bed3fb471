/**
 * Institutions named among the places of an enumeration with no label ("甲区、某省某某医院、乙县"):
 * lists of pilot areas and pilot units run them together in a news item's lines as under a
 * province's label. After an enumeration mark the piece is the institution's name (and, closing
 * the run, the verb that lists it: "…、某市某某中心入选"), so the place it opens with is where it
 * lies, not a place doing something that ends the list.
 */
import { namesInstitution } from './labelled-bodies';
import { classifyRest } from './place-rest';
import type { PieceInput, PlacePiece } from './place-piece';
import { toKey } from './text-key';

/** Government organs named in running prose are its sources and actors, never its entries. */
const ORGAN = /(局|厅|委员会|委|办公室|办|政府)$/;

/**
 * A count or 等 closing the run and the verb making the group members ("等17家社会组织被评为",
 * "等喜获殊荣"); a count before what the group does ("等2家社会组织积极开展…") lists nobody.
 */
const COUNTED_MEMBERS =
  /^等(?:[0-9一二三四五六七八九十百]+(?:个|家|所|处))?[\u4e00-\u9fff]{0,8}?(?:被|均|都)?(?:评为|确认为|命名为|认定为|确定为|列为|列入|入选|入围|获评|当选|荣获|喜获)/;

/**
 * The entry a piece inside an open enumeration makes when it is an institution's whole name
 * opening with a place, alone or before a membership verb (what the place reader took as that
 * place and an activity), else null.
 */
export function enumeratedBody(piece: PieceInput, places: PlacePiece[]): PlacePiece[] | null {
  const text = piece.text.trim();
  const only = places.length === 1 ? places[0]! : null;
  const start = piece.start + piece.text.indexOf(text);
  if (!only || only.rest !== 'activity' || only.start !== start) return null;
  const key = toKey(text);
  for (let cut = key.length; cut > only.end - start; cut--) {
    const name = text.slice(0, cut);
    if (ORGAN.test(toKey(name)) || !namesInstitution(name)) continue;
    const kind = cut === key.length ? { rest: 'none' as const } : classifyRest(key.slice(cut));
    // …or closes it with its count or 等 ("…某市某某中心等17家社会组织被评为", "…等喜获殊荣").
    const closes =
      (kind.rest === 'count' || kind.rest === 'etc') && COUNTED_MEMBERS.test(key.slice(cut));
    if (kind.rest !== 'none' && kind.rest !== 'member' && !closes) continue;
    const end = start + cut;
    const entry: PlacePiece = { ...only, ...kind, end, restAt: end, unit: name };
    delete entry.doing;
    return [entry];
  }
  return null;
}
