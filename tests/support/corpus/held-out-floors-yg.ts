/**
 * The eighty-second held-out set of single notices (yg*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Duties and their dates, terms and their changes: a census office's acceptance measures, the
 * provinces' report day and the acceptance's closing (OFD); a site's item on a city's yearly check
 * of social organisations, its window's last day the deadline (GB18030 text); a paper's item on a
 * city's online check, a paper copy's day with no year and the registration days that say who is
 * checked (Word 97); a district bureau's yearly check notice, its window and an upload day (HTML,
 * chrome); a city bureau's notice on overdue re-elections, a society's postponement bounded at a
 * year and a deregistration day (RTF, traditional); an answer page's yearly duty (每年3月31日前…,
 * 5月31日前) (ODS); a federation moving an award's nomination deadlines (Big5 text, traditional); a
 * college's relay of a plan lengthening its projects' term by six months, the acceptance put off
 * with no day (CSV); a training's registration form due (Word 97); the census's acceptance told
 * done, its years retold (HTML, Big5, traditional).
 * First run (gold committed before it): no records expected, none invented, status 0 stated where
 * none, rules 6/14, role 5/10, metadata 46/52, nothing lost silently, no expected warning missed.
 * Rules of the round: a window for a filing closes on its last day (年检时间为…至…, closing-dates.ts;
 * an organ's own 检查时间 none, and no call); formalities due by a day (…前办理注销登记手续) and
 * none told as done (已于…前, rule-deadlines.ts); a filing due every year (于每年3月31日前…报送年检
 * 材料) a yearly date the planner leaves unplanned (rules.ts, notice-milestones.ts); a window moved
 * to a day with no year closes in the notice's year, the day replaced owing nothing, and a term
 * lengthened by months an extension, a request the units may make none (moved-dates.ts); a year
 * typed 二0二二 dates the notice (dates.ts); a nomination's closing moved is the call
 * (attached-list-and-call.ts); issuing measures (印发《…验收办法》) is rules (notice-role.ts); a
 * report's name and a step's condition (根据…进展情况) tell no progress (untold-progress.ts).
 * Final (full corpus run of this branch): rules 14/14, role 10/10, metadata 57/57 (the roles read
 * right bring the kind field in), nothing lost silently, no expected warning missed. The rest of
 * the corpus (1,176 notices): no notice worse, none better.
 * Left: yg03's paper copy (6月30日前, no year written) stays undated in an undated story; yg05's
 * postponement bound (延期换届最长不超过一年) and yg08's acceptance put off with no day are read as
 * nothing, as labelled.
 */
export const EIGHTY_SECOND = {
  member: (id: string) => /^yg\d/.test(id),
  role: 1,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
