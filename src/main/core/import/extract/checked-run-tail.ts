/**
 * The last names of a run of townships and villages that an assessing verb names before what
 * it looked at ("细致考核了A镇B村、C乡D村和E乡F村的规划编制…"): one name, or two joined by 和
 * or 及, each a township and its village, the words after them opening with 的 or 等. Nothing
 * here makes them entries: unplaced-run.ts takes them only as the close of a run whose head is
 * the verb's object (assessed-objects.ts).
 */
import { piece, type PieceInput, type PlacePiece } from './place-piece';
import { toKey } from './text-key';
import { TOWN_VILLAGE_HEAD } from './town-village-entry';

/** The words joining the run's last two names. */
const JOIN = /^(?:和|及|以及|与)/;

/** The closing names of the piece, or null unless 的 or 等 follows them. */
export function checkedRunTail(p: PieceInput): PlacePiece[] | null {
  const key = toKey(p.text);
  const lead = key.length - key.trimStart().length;
  const first = TOWN_VILLAGE_HEAD.exec(key.slice(lead));
  if (!first) return null;
  let end = lead + first[0].length;
  const out = [piece(p, lead, end, { rest: 'none' })];
  const join = JOIN.exec(key.slice(end));
  if (join) {
    const at = end + join[0].length;
    const second = TOWN_VILLAGE_HEAD.exec(key.slice(at));
    if (!second) return null;
    end = at + second[0].length;
    out.push(piece(p, at, end, { rest: 'none' }));
  }
  return /^(?:的|等)/.test(key.slice(end)) ? out : null;
}
