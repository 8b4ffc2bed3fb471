/**
 * The twentieth held-out set of single notices (zj*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Items that name their units in odd places: a 2003 national paper's two numbered lists of
 * historic towns and villages, the numbering starting again for the second, no year anywhere
 * (GBK web page); a city portal's part of a province's 公示, every number alone on its line above
 * its county + street + community (web page); four communities after 其中 with the city as 我市
 * (PDF); four with the city never named on a county site (saved page); three villages in
 * one-phrase lines, cut, in traditional characters (RTF); and a city paper's four in the lead
 * followed by the national naming notice and the province's list, cut in its tenth entry (Word).
 * First run: 44/55 right, none wrong, 2 invented, metadata 31/36, role 5/6, nothing lost
 * silently and no expected warning missing. Missed: all eleven numbered entries of zj02 (the
 * province's example in its lead read instead, invented; warned unread_list). Invented: zj06's
 * cut tenth entry beside the lead's whole name of the same community. Metadata missed: zj01's
 * programme cut to 名镇(村), zj02's date (the lead's day with the window's year) and role
 * (confirmation), zj06's issuer and date taken from the reprinted notice's signature; region
 * strings (labelled after that run) 8/8.
 * After three rules (a bare number alone above a place numbers it; a list's heading naming one
 * city's part with its count marks that part as the page's share, so the province's example in the
 * lead is none of its entries; a stamp with the day first and the outlet closing the line names
 * the outlet): 55/55 right, none wrong, 1 invented (zj06's cut entry), metadata 32/36, role 5/6,
 * region strings 8/8, nothing lost silently.
 */
export const THIRTY_THIRD = {
  member: (id: string) => /^zj\d/.test(id),
  role: 0.83,
  regions: { file: 'regions-zj', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
