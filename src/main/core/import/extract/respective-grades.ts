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

/**
 * Whether the grades are the group's own pass's: no further run of places comes before 分别
 * (…，宜昌市西陵区、伍家岗区通过复核，等次分别为…), and 分别 opens its clause or follows the
 * pass's grade (验收等次分别为…), not another measure (上年度考核分别为…).
 */
function ownGrades(lead: string): boolean {
  const clause = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')) + 1);
  return !/、/.test(lead) && /(?:^|验收|等次|等级|结果)$/.test(clause.trim());
}

/** The grades `sentence` hands to `n` places one by one, or null. */
export function respectiveGrades(sentence: string, n: number): Grade[] | null {
  const m = RESPECTIVE.exec(sentence);
  if (!m || n < 2 || !ownGrades(sentence.slice(0, m.index))) return null;
  const grades = [...(m[1] ?? '').matchAll(new RegExp(G, 'g'))].map((g) => g[0] as Grade);
  return grades.length === n ? grades : null;
}
