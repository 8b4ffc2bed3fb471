/**
 * Grades given a group one by one ("A、B、C通过结项验收，等次分别为优秀、良好、合格"): 分别 hands
 * the n grades to the n places in their order. Read only when the counts agree; one grade for
 * all (…等次为优秀) or a count that differs hands out nothing.
 */
import type { Outcome } from './outcomes';

type Grade = NonNullable<Outcome['grade']>;

const G = '(?:示范|优秀|良好|不合格|合格)';
/** "分别为优秀、良好、合格", "分别评为“优秀”和“合格”": the grades in their order. */
const RESPECTIVE = new RegExp(
  `分别(?:为|是|评为|被评为|获评|评定为|确定为)[“"]?(${G}[”"]?(?:\\s*(?:、|和|与|及|，|,)\\s*[“"]?${G}[”"]?)+)`,
);

/** The grades `sentence` hands to `n` places one by one, or null. */
export function respectiveGrades(sentence: string, n: number): Grade[] | null {
  const m = RESPECTIVE.exec(sentence);
  if (!m || n < 2) return null;
  const grades = [...(m[1] ?? '').matchAll(new RegExp(G, 'g'))].map((g) => g[0] as Grade);
  return grades.length === n ? grades : null;
}
