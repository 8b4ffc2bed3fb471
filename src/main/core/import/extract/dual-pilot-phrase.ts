/**
 * A unit told as the pilot of two programmes at once ("确定为首批“全国综合减灾示范县”创建和
 * “全国灾害综合风险普查试点县”双试点单位"): one phrase naming both, read whole as the second
 * alone. The first name is the one the sentence puts the unit on (its batch, 首批, before it);
 * the second is named in passing, as the corpus labels another programme a story mentions, so
 * the entry is the first programme's only.
 */
import type { ListDraft } from './drafts';

/** Two names joined before 双/两…试点: quoted, or the first ending in its creation (…创建和…). */
const DUAL =
  /^(.*?)(?:[“"]([^“”"]{2,30})[”"](?:创建)?|([^“”"]{2,30}?)创建)(?:和|与|及|、)[“"]?([^“”"]{2,30}?)[”"]?(?:双|两)(?:个)?(?:试点|示范)(?:单位|县|市|区|地区)?$/;

/** The two programme phrases a dual-pilot phrase names, or null for any other phrase. */
export function dualPilotPhrases(phrase: string): [string, string] | null {
  const m = DUAL.exec(phrase);
  if (!m) return null;
  const first = m[2] ?? m[3]!;
  return [`${m[1]}${first}`, m[4]!];
}

/** The lists with each dual-pilot list read as the first programme it names. */
export function withDualPilots(lists: ListDraft[]): ListDraft[] {
  return lists.map((list) => {
    const dual = list.phrase ? dualPilotPhrases(list.phrase) : null;
    return dual ? { ...list, phrase: dual[0] } : list;
  });
}
