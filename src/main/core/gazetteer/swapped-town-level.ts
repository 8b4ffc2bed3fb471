/**
 * A township written with the other of 乡 and 镇 (雷埠镇 where the statistical codes hold 雷埠乡):
 * notices name townships as their writer knows them, and 撤乡设镇 runs both ways in the counts
 * of different years. The same stem with the other rural level word is the one township, a
 * closer reading than a township of another name one character away (雷池镇 in the next
 * county), which the fuzzy match would otherwise take. Only 乡 and 镇 swap: a 街道 is an urban
 * office, never the same unit as a 乡 or 镇 of its stem. Still said as a near match.
 */
import type { TownMatch } from './sub-county';
import type { Town } from './towns';

const RURAL = /^([\u4e00-\u9fff]{2,6}?)(乡|镇)/;

export function swappedLevelTown(
  key: string,
  pos: number,
  towns: readonly Town[],
): TownMatch | null {
  const m = RURAL.exec(key.slice(pos, pos + 8));
  if (!m) return null;
  const other = `${m[1]}${m[2] === '乡' ? '镇' : '乡'}`;
  const hits = towns.filter((t) => t.key === other);
  return hits.length === 1 ? { town: hits[0]!, end: pos + m[0].length, fuzzy: true } : null;
}
