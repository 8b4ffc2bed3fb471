/**
 * The fourteenth held-out set of single notices (zd*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Street offices and communities named after their district once, and pages that name places
 * without listing any: a city's naming notice of seventeen street offices by their bare names in
 * two district groups (a Big5 page), a municipality's decision with one example for each of
 * three honours and its attachments cut (old Word file), a paper's item on a district and three
 * of its streets in a national list (PDF), one community's national honour on a spam site, and
 * four pages with no entries (a district's call for cases naming its past honours, a city's new
 * community names, a county's graded organisations by count, a ministry meeting's counts).
 * First run: 3/25 right, 1 wrong, 7 invented, metadata 30/46, role 7/8, region strings 5/5,
 * nothing lost silently. Then 24/25 with none invented, metadata 32/46, role 8/8 once street
 * offices named bare after their district and counted, places said to be on a list, a street
 * office written 街, a call launched in the headline and a page naming new communities (no
 * entries in either) were read as such. Still wrong: the community of a headline telling
 * its honour with the bare verb 获 (…社区获全国“…”称号, zd07) is read as a case with a title.
 */
export const TWENTY_SEVENTH = {
  member: (id: string) => /^zd\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-zd', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
