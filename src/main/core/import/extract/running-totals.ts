/**
 * A running total over every round so far — "截至目前，我市共有9个社区被命名为…", "至此，某市共有4个
 * 村获此荣誉", "自2012年…以来，目前我省已拥有甲、乙…4个实验区" — counts the holders of the honour
 * across the years, not the list this notice names: no list's stated count.
 */

/** A clause opening on "so far": 至此, 截至目前, 目前, 累计, 自…以来. */
const SO_FAR = /^\s*(?:至此|截至|截止|到目前|目前|迄今|累计|自[^，,。；;]{0,40}以来)/;
/** The words of holding so far that make the clause a tally: "共有", "已拥有", "累计创建". */
const HOLDERS = /共有|已有|拥有|累计|共计|已建成|已创建|成功创建|先后/;

/** Whether `rest` (a clause and what follows it in its sentence) tallies holders so far. */
export function tallies(rest: string): boolean {
  return SO_FAR.test(rest) && HOLDERS.test(rest) && !/如下|名单/.test(rest);
}

/**
 * "在现有64个试点的基础上，增设…": the units held already, counted as the ground an addition
 * stands on: no count of the units the sentence adds.
 */
const HELD_GROUNDS = /在(?:现有|已有|原有)[^，,。；;]{0,24}?基础上/g;

/** `key` with every running total blanked out (same length, so offsets hold). */
export function withoutRunningTotals(key: string): string {
  const grounded = key.replace(HELD_GROUNDS, (g) => ' '.repeat(g.length));
  return grounded.replace(/[^。；;！!？?\n]+/g, (sentence) => {
    let at = 0;
    for (const clause of sentence.split(/(?<=[，,])/)) {
      if (tallies(sentence.slice(at)))
        return sentence.slice(0, at) + ' '.repeat(sentence.length - at);
      at += clause.length;
    }
    return sentence;
  });
}
