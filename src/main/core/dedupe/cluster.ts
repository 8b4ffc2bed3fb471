/**
 * Groups from accepted pairs only. Plain union-find chains: A~B and B~C would put A and
 * C together although nothing said they match (two different cases with a similar middle
 * record). So two groups join only if every cross pair is itself accepted — complete
 * linkage, strongest pairs first. Groups stay small, so the check is cheap.
 */
import type { DuplicateGroup, ScoredPair } from './types';

export function clusterPairs(
  pairs: readonly ScoredPair[],
  accept: (p: ScoredPair) => boolean = () => true,
): DuplicateGroup[] {
  const accepted = pairs.filter(accept).sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const byKey = new Map<string, ScoredPair>();
  for (const p of accepted) byKey.set(`${p.a}:${p.b}`, p);
  const pairOf = (x: number, y: number) => byKey.get(x < y ? `${x}:${y}` : `${y}:${x}`);
  const groupOf = new Map<number, number[]>();
  for (const p of accepted) {
    const ga = groupOf.get(p.a) ?? [p.a];
    const gb = groupOf.get(p.b) ?? [p.b];
    if (ga === gb) continue;
    if (!ga.every((x) => gb.every((y) => pairOf(x, y)))) continue;
    const joined = [...ga, ...gb].sort((x, y) => x - y);
    for (const id of joined) groupOf.set(id, joined);
  }
  const groups: DuplicateGroup[] = [];
  for (const members of new Set(groupOf.values())) {
    const inner: ScoredPair[] = [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) inner.push(pairOf(members[i]!, members[j]!)!);
    groups.push({
      recordIds: members,
      score: Math.min(...inner.map((p) => p.score)),
      reasons: [...new Set(inner.flatMap((p) => p.reasons))],
      autoEligible: inner.every((p) => p.autoEligible),
    });
  }
  return groups.sort((x, y) => y.score - x.score || x.recordIds[0]! - y.recordIds[0]!);
}
