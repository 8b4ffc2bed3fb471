/**
 * A township written with the other of 乡 and 镇 (雷埠镇 where the statistical codes hold 雷埠乡):
 * notices name townships as their writer knows them, and 撤乡设镇 runs both ways in the counts
 * of different years. The same stem with the other rural level word is the one township, a
 * closer reading than a township of another name one character away (雷池镇 in the next
 * county), which the fuzzy match would otherwise take. A banner's 苏木 (the Mongolian 乡) is
 * written 镇 or 乡 as often (散都镇 for 散都苏木), and the other way round. Only these rural
 * words swap: a 街道 is an urban
 * office, never the same unit as a 乡 or 镇 of its stem. Still said as a near match. A name that
 * is, as written, a township of the scope's prefecture (宿松县凉亭镇 written under 怀宁县, whose
 * codes hold 凉亭乡) names that township: the county carried to it is the doubtful part, not
 * the level word, so no swap.
 */
import type { TownMatch } from './sub-county';
import { scopeTowns, type Town } from './towns';

const RURAL = /^([\u4e00-\u9fff]{2,6}?)(乡|镇|苏木)/;
/** The other rural level words of one township: a banner's 苏木 is its 乡, written 乡 or 镇 too. */
const OTHER_LEVELS: Readonly<Record<string, readonly string[]>> = {
  乡: ['镇', '苏木'],
  镇: ['乡', '苏木'],
  苏木: ['乡', '镇'],
};

export function swappedLevelTown(
  key: string,
  pos: number,
  towns: readonly Town[],
  scope: readonly string[],
): TownMatch | null {
  const m = RURAL.exec(key.slice(pos, pos + 8));
  if (!m) return null;
  const prefectures = [...new Set(scope.map((p) => p.slice(0, 4)))];
  if (
    scopeTowns(prefectures)
      .byFirst.get(m[0].charAt(0))
      ?.some((t) => t.key === m[0])
  )
    return null;
  const others = new Set((OTHER_LEVELS[m[2]!] ?? []).map((w) => `${m[1]}${w}`));
  const hits = towns.filter((t) => others.has(t.key));
  return hits.length === 1 ? { town: hits[0]!, end: pos + m[0].length, fuzzy: true } : null;
}
