/**
 * The twelfth held-out set of single notices (zb*), measured apart from the others' totals like
 * the sets in held-out-floors.ts.
 */

/**
 * A city's own honours and the local copies of national ones: a city science association's
 * joint naming notice cut in its list (PDF), the same city's first batch told as news with all
 * ten in one sentence (GBK page with chrome), one community of a later batch (UTF-16 text),
 * three local copies of the national accessibility honours (a province's part under two
 * headings in ODT, in two clauses in GB18030 text, a forum's Big5 repost), a forum's item on
 * one city (old Word file), a city paper's three institutions in a national list, one street's
 * social-work station (RTF) and one community of a city's ten pilots (UTF-16BE text). First
 * run: 53/60 right, none invented, metadata 44/57, role 10/10, region strings 5/5, one notice
 * losing items silently (zb01, a naming notice cut after nine of ten). Then 56/60 once 授予
 * led into its enumeration, a list's example count named the community by its committee and a
 * facility named after its place was an entry before its listing verb. Still missed: a
 * headline unit that won a title (…社区获“…”称号, zb03, with its count of 14 unwarned) and
 * three institutions after 我市 with no district (zb08); a forum repost read as the
 * confirmation it retells (zb06).
 */
export const TWENTY_FIFTH = {
  member: (id: string) => /^zb\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-zb', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 1,
};
