/**
 * Words of progress ("完成情况", "推进情况") that tell none of the page's own: the contents a
 * notice asks of a report still to be written, what a check looked at, a report's name and what
 * a step waits on. A page's own account ("现将…推进情况通报如下", "各地工作进展情况如下",
 * "总体推进情况良好") keeps its words.
 */

/**
 * What a report still to be written must hold ("自检报告应包括：试点任务完成情况、工作成效及创新点…",
 * "总结材料须包括…工作进展情况…"): the words name the report a notice asks for.
 */
const ASKED_CONTENTS =
  /(?:报告|总结|材料|报表)[^。；;，,]{0,6}?(?:应当?|须|需要?|要)(?:主要)?(?:包括|包含|涵盖)[^。]*/g;

/**
 * What a check looked at ("对今年17个…示范村、35个达标村工作推进情况进行抽查"): the object of the
 * check, no account of how the work went. Told only so, a check in counts is news (zzd03).
 */
const CHECKED_PROGRESS =
  /对[^。；;]{0,80}?(?:推进|进展|完成)情况(?:进行|开展)了?[^。；;，,]{0,6}?(?:检查|抽查|督查|督导|核查|评估|考核)/g;

/**
 * A report named by what it will tell ("项目负责人…填报项目进展情况报告工作适当延期", "报送完成情况表"):
 * the name of a document asked for, no account; "现将进展情况报告如下" is the page's own report.
 */
const NAMED_REPORT = /(?:推进|进展|完成)情况(?:报告|报表|表)(?![：:]?如下)/g;
/**
 * What a step waits on ("根据疫情防控进展情况…适当延期", "视工作推进情况另行通知"): a condition of
 * the notice's own step put off or left open, no account of anybody's work. An account drawn from
 * the reports ("根据各地报送的工作推进情况，现将有关情况通报如下") moves no step and keeps its words.
 */
const WAITS_ON =
  /(?:根据|视|依据|按照)[^。；;，,]{0,12}?(?:推进|进展|完成)情况(?=[^。；;]{0,40}?(?:延期|顺延|推迟|延后|调整|另行通知|适时))/g;

const blank = (m: string): string => '□'.repeat(m.length);

/** The text with the progress words it tells of no one blanked (offsets kept). */
export function withoutUntoldProgress(key: string): string {
  return key
    .replace(ASKED_CONTENTS, blank)
    .replace(CHECKED_PROGRESS, blank)
    .replace(NAMED_REPORT, blank)
    .replace(WAITS_ON, blank);
}
