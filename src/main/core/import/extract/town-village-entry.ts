/**
 * The last entry of a prose run written township + village, which the division list cannot
 * place alone: it counts only when the words after it make the places before it members.
 */
import { classifyRest } from './place-rest';
import { piece, type PieceInput, type PlacePiece } from './place-piece';
import { toKey } from './text-key';

/** A township and its village at the start of a piece ("英安镇甩湾子村成功上榜"). */
export const TOWN_VILLAGE_HEAD =
  /^(?:(?![等的被入评共个以])[\u4e00-\u9fff]){1,8}?(镇|乡|街道|苏木)(?:(?![等的被入评共个以])[\u4e00-\u9fff]){1,10}?(村|社区|嘎查)/;

/** Words saying the verb after them holds for every place named ("全部通过…", "均被保留"). */
const ALL_OF =
  /^(?:全部|均|都|全都|一律)(?:已经?|顺利|成功)?(?:通过|被|获|达到|达标|完成|保留|列入|入选)/;

/**
 * A township and village the division list cannot place alone, followed by the words that
 * make the places before it members ("…防川村、英安镇甩湾子村成功上榜"): the last entry of
 * the run, its county the item before gives. Any other words after it are no such entry.
 */
export function townVillageEntry(p: PieceInput): PlacePiece | null {
  const key = toKey(p.text);
  const lead = key.length - key.trimStart().length;
  const head = TOWN_VILLAGE_HEAD.exec(key.slice(lead));
  if (!head) return null;
  const end = lead + head[0].length;
  // "…淳和社区八月湖街道海嘉路社区榜上有名": a second name glued on, its separator lost, is
  // no rest of the first ("八月…" no count); the names are read one by one.
  if (TOWN_VILLAGE_HEAD.test(key.slice(end))) return null;
  const kind = classifyRest(key.slice(end));
  // "…、海阳镇瑯斯状元村全部通过复核": a predicate of all the places before closes the run too.
  const ofAll = kind.rest === 'activity' && ALL_OF.test(key.slice(end));
  if (kind.rest !== 'member' && kind.rest !== 'count' && !ofAll) return null;
  return piece(p, lead, end, ofAll ? { rest: 'event' } : kind);
}
