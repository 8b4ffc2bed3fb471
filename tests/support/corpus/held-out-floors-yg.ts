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
 */
export const EIGHTY_SECOND = {
  member: (id: string) => /^yg\d/.test(id),
  role: 5 / 10,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
