/**
 * One programme naming two kinds of unit side by side ("文明村镇、文明社区", "示范县、示范点",
 * "示范街道、示范社区") or two grades of one kind ("重点示范村和示范村"): its list and its title
 * join them, and the name is both. The second is written short, opening with the first's own
 * words (文明, 示范), and the name ends right after it (名单, 称号, 候选, a quote, the phrase's end).
 */

/**
 * A village's and a town's levels of one demonstration (示范乡镇、示范村) are the two halves of
 * its 村镇 programme (notice-programme.ts joins them so): not joined here.
 */
const TOWN_OR_VILLAGE = /(?:乡镇|村|镇|乡)$/;
/** A grade before the first kind: the same kind again after it is the other grade. */
const GRADE_BEFORE = /(?:重点|精品|特色)$/;

const SECOND = /^(、|和|及)([\u4e00-\u9fff]{2,6}?)(?=名单|名录|称号|候选|评选|[”"]|$|[，。,;；\n])/;

/**
 * The second kind joined after a programme's ending word (`ending`, as matched) at `end` of
 * `key`: its separator and words, or null when none follows.
 */
export function joinedLevel(key: string, end: number, ending: string): string | null {
  const m = SECOND.exec(key.slice(end));
  if (!m || ending.length < 3) return null;
  const second = m[2]!;
  if (!second.startsWith(ending.slice(0, 2))) return null;
  const a = TOWN_OR_VILLAGE.exec(ending)?.[0];
  const b = TOWN_OR_VILLAGE.exec(second)?.[0];
  if (a && b && a !== b) return null;
  if (second === ending && !GRADE_BEFORE.test(key.slice(0, end - ending.length))) return null;
  return m[1]! + second;
}
