/**
 * The eighty-first held-out set of single notices (yf*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Progress told of units, and the verdicts that are none: a regional news site's story on a
 * city's marriage-custom reform retelling a campaign's five pilot villages by the first
 * (…金星村等5个村庄列为试点, a two-year term) beside districts' measures and a family's story
 * (HTML, chrome); a city paper's red and black lists of a city campaign's inspection, a town
 * blamed (推进迟缓) and no programme's unit (PDF); a trade site's copy of a city's first weekly
 * rectification-rate list, its rules and counts and no body named (GB18030 text); a county's
 * check of its beautiful-village builders told in counts, problems handed to unnamed towns to put
 * right (限期整改) (HTML, traditional, Big5); a city congress group's check of livelihood projects
 * slow in three counties, a verdict on projects (Word); a content farm's copy of a marriage-custom
 * story praising a family's village (HTML); a reposted story on a region's campaign, a village
 * secretary's pact (RTF); a ministry's plan for its second batch's yearly check, the reports asked
 * with their contents and due days, no pilot named (Word).
 * First run (gold committed before it): records 1/1, 0 invented, status 0 stated where none,
 * rules 2/3, role 3/8, metadata 33/41, nothing lost silently, no expected warning missed.
 * Rules of the round: the contents a notice asks of a report still to come (自检报告应包括：试点任务
 * 完成情况…) tell no progress (untold-progress.ts), and a due day's 日前 (须于2018年4月18日前报…) is no
 * "lately" telling a check done (notice-role.ts CHECK_HELD): a check planned ahead is rules (yf08);
 * a duty owed within a span of days (须于2018年4月20日—28日…提交) is due on its last day, an organ's
 * own step in such a span (…于5月4日—11日…审查) none (closing-dates.ts dutyWindowClose; yf08).
 * Final (full corpus run of this branch): records 1/1, 0 invented, status 0 stated where none,
 * rules 3/3, role 4/8, metadata 35/42, nothing lost silently, no expected warning missed. The rest
 * of the corpus (1,154 notices): no notice worse, none better.
 * Review: what a check looked at (对…工作推进情况进行抽查) tells no progress either (untold-progress.ts),
 * so yf04's check told in counts is news as the zzd03 ruling says; yf05's gold was brought to the
 * zzd05 ruling (progress_report); a duty owed only on a change (如有变更…前) dates nothing
 * (change-duty.ts). Full run after the review: role 6/8, metadata 37/42, the rest of the corpus
 * (1,154 notices) no notice worse, none better.
 * Left: yf01's retold pilots read as the confirmation (a story with no headline or outlet);
 * yf02's list printed by a paper from the organ that ran the check (its credit …督导组提供) read as
 * news with no issuer; yf06's farm stamp under the headline unread; yf07's kind read as zones from
 * a programme named in passing.
 */
export const EIGHTY_FIRST = {
  member: (id: string) => /^yf\d/.test(id),
  role: 6 / 8,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
