/**
 * Whether a period can ask a final report of a record when no rule names that report: only an
 * experiment zone's own term does (the domain's rule of thumb: a zone confirmed on D with an
 * n-year cycle owes a final report before D + n). A case, an observation point or another
 * list's entry owes no report for a period its notice tells, and neither does a zone for a span
 * the sentence gives to something else:
 * - a campaign's or a plan's length (开展为期三年的专项行动, 《…三年行动方案》): the organs' work;
 * - the span a selection looked at (评选数据统计时间为2017年1月至2018年12月): past data;
 * - a title's validity or a term of office (称号有效期为三年，期满后须重新申报): it asks a new
 *   application, no report;
 * - a window to apply or to object (申报时间为…至…, 公示期为…至…): days, no term.
 * A period a rule gives a report for is not asked here: that rule says what is owed.
 */
const CITED = /《[^》]*》/g;
const OTHERS_SPAN = new RegExp(
  [
    // 为期三年的专项行动, 为期两年的创建活动: what lasts is the campaign
    '为期[^。；;，,]{0,6}?的[^。；;，,]{0,16}?(?:行动|活动|整治|工程|计划|方案|培训|宣传|竞赛)',
    '(?:行动|活动|整治)(?:计划|方案|时间|期)',
    // 数据统计时间, 评选周期, 考核期间: the span a review looked back on
    '(?:数据|统计|评选|考核|考评|评比)[^。；;，,]{0,4}?(?:时间|期间|区间|范围|周期|年度)',
    '有效期|任期|聘期|届期|培训(?:周期|期|时间)',
    '(?:申报|报名|推荐|征集|公示|异议)(?:时间|期|日期|截止)',
  ].join('|'),
);

/** The record's kind and its period's sentence (a user rule has its own text): see above. */
export function periodAsksReport(
  recordKind: string | null | undefined,
  periodText: string,
): boolean {
  return recordKind === 'zone' && !OTHERS_SPAN.test(periodText.replace(CITED, ''));
}
