/**
 * The thirty-fourth held-out set of single notices (zk*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Community public-welfare venture contests and their prize-winning projects: a city bureau's
 * 公示 with the tier column merged down an attached table, cut after seven of sixteen (Word); a
 * city news site's prize sentence naming street, community and project for every winner, cut
 * in the last group (GB18030 text); a county portal's five projects with towns written without
 * 镇 (web page); a county-level city's two projects beside its earlier honour as an experiment
 * zone (ODT); a provincial paper's two of ten first prizes, each project glued unquoted to its
 * community (PDF); a city station's three entries, one community written inside its quoted
 * title (RTF, traditional characters).
 * First run: 16/30 right, 3 wrong, none invented, metadata 28/32, role 5/6, region strings 3/4,
 * one notice losing entries silently (zk01: its lead's "16个项目获奖" read as no count).
 * Missed: zk02's unquoted project and its cut last group, zk03's entries whose town is
 * written without 镇 or whose runner is a 辅导站 or 议事协商会, zk04's quoted name followed
 * by its prize alone (荣获二等奖), zk05's two bare projects; wrong: zk06's third read as the
 * second's "两个项目".
 * After the rules it taught (a contest's winners counted as "N个项目获奖"; a quoted name before
 * a prize or before a count of the names stands alone, and a station, team or council may run
 * it; a quoted name whose place is not read is kept beside placed ones and reported unresolved;
 * a place read from inside the clause's words carries its level word; projects named bare after
 * their community before "等N个项目获得…"; a foot bracket's station without its reporter's
 * desk): 22/30 right, 3 wrong (zk03's towns without 镇 and 万福店, now reported unresolved
 * instead of one read as 龙口市), none invented, metadata 29/32, role 5/6, region strings 3/4,
 * nothing lost silently. Still missed: zk02's unquoted project among quoted ones and its cut
 * last group (warned unread_list). Then 25/30 right, none wrong, region strings 4/4, once a
 * unit's name opening with the stem of a township of the notice's or the run's county lay in
 * that township.
 */
export const THIRTY_FOURTH = {
  member: (id: string) => /^zk\d/.test(id),
  // 6/6 once zk03's item telling its projects 荣获一等奖 is news.
  role: 1,
  regions: { file: 'regions-zk', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
