/**
 * A yearly check of units still being built ("2016年度省级特色小镇创建和培育对象考核结果",
 * "在…公布的2017年省级特色小镇创建考核情况名单中，甲小镇考核为优秀"): its grades (优秀, 良好,
 * 合格) say how the year went, not that the unit passed its acceptance, which would close its
 * duties. The check may be named by the notice's title, the list's heading or the lead of the
 * sentence the list opens in. A named acceptance (验收, 结项, 终期, 期满) is no yearly check.
 * A year's evaluation of builders ("示范县建设单位2021年度评估结果": 优秀, 良好, 合格) is one too,
 * the way the corpus reads a periodic evaluation as progress; an evaluation that recognises
 * (评估认定) names the unit and is no yearly check.
 */

/**
 * A year's check: 年度 or a year written with it before 考核 / 考评 / 监测 / 评估 — an evaluation
 * in the year's own clause ("2020年，我委…开展了评估" dates the work, not a year's evaluation).
 */
const YEARLY =
  /(?:年度|[0-9]{4}年)(?:[^。；;]{0,30}?(?:考核|考评|监测)|[^。；;，,]{0,30}?评估(?!认定))/;
const ACCEPTANCE = /验收|结项|终期|期满/;

export function yearlyCheckIn(text: string): boolean {
  if (ACCEPTANCE.test(text)) return false;
  return YEARLY.test(text) || (/年度/.test(text) && /考核|考评|监测|评估(?!认定)/.test(text));
}

/**
 * Whether a list's grades are a year's check, read from every text that may name it (the
 * notice's title and the list's heading, the lead of the sentence it opens in): an acceptance
 * named in any of them closes the term however another dates it ("关于公布2020年…评估结果的通知"
 * over "…开展了终期评估，评估结果如下"), so none is a yearly check then.
 */
export function gradesAYearlyCheck(...texts: string[]): boolean {
  if (texts.some((t) => ACCEPTANCE.test(t))) return false;
  return texts.some(yearlyCheckIn);
}

/**
 * The words of the sentence before `start` (from its 。/；/line start), in `key`; for a list set
 * on its own lines, the sentence of the line above that introduces it ("…开展了终期评估，评估结果
 * 如下："), which names its check as a lead within the line would.
 */
export function sentenceLead(key: string, start: number): string {
  const before = key.slice(Math.max(0, start - 200), start);
  const intro = /([^。；;\n]*[：:])[ \t]*\n\s*$/.exec(before);
  if (intro) return intro[1]!;
  const cut = Math.max(
    before.lastIndexOf('。'),
    before.lastIndexOf('；'),
    before.lastIndexOf(';'),
    before.lastIndexOf('\n'),
  );
  return before.slice(cut + 1);
}
