/**
 * What a report still to be written must hold ("自检报告应包括：试点任务完成情况、工作成效及创新点…",
 * "总结材料须包括…工作进展情况…"): the words name the report a notice asks for, not progress the
 * page itself tells. A page's own account ("现将…推进情况通报如下", "各地工作进展情况如下") stands
 * outside such a clause and keeps its words.
 */
const ASKED_CONTENTS =
  /(?:报告|总结|材料|报表)[^。；;，,]{0,6}?(?:应当?|须|需要?|要)(?:主要)?(?:包括|包含|涵盖)[^。]*/g;

/** The text with the contents of every report it asks for blanked (offsets kept). */
export function withoutAskedContents(key: string): string {
  return key.replace(ASKED_CONTENTS, (m) => '□'.repeat(m.length));
}
