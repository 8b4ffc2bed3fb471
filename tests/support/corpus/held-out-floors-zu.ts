/**
 * The forty-fourth held-out set of single notices (zu*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Lists of typical and excellent cases and brand projects: a provincial department's sixteen
 * social-assistance brands, each a quoted name right after its place in one sentence, closed by
 * 市级品牌1个 and 等县级品牌15个 (printed PDF); a city's share of a province's charity awards,
 * projects with their organisation in brackets beside persons and companies (Big5 page in
 * traditional characters); a city's vote over shortlisted governance projects under four
 * category headings, numbering restarting, titles only, each line ending in its share and votes
 * (web archive); one case shortlisted in a national call, its title in nested quotes (GB18030
 * text); a street's project and an association's case (RTF); a commentary retelling a city's two
 * cases without titles (.odt).
 * First run: 0/40 right, 2 wrong, none invented, metadata 30/33, role 5/6, region strings 5/5,
 * nothing lost silently, no expected warning missing.
 * After two rules (a run of bare quoted names after their places closed by the group's kind word
 * and a count or verb gives each quoted name as a title; a quoted project with no place before it
 * takes the bracket after its kind word as its unit when the bracket opens with a place and its
 * level): 18/40 right, 2 wrong, none invented, metadata 31/33, role 6/6, region strings 5/5,
 * nothing lost silently; every notice of the other sets scored as before. Still missed: zu02's
 * unquoted project and three companies, zu03's thirteen projects (titles only under category
 * headings, the city only in the organisers' names; the two read keep their vote tallies and
 * lose their leading place), zu04's case after 厦门申报的案例 (成功入围), zu05's two entries of
 * one street named far before the quote, zu06's two untitled cases. Still wrong: zu03's issuer
 * and date (the web archive's own page lines), the records' kind (case read as other).
 * After a case named by its applicant with the noun before its quote (申报的案例“…”成功入围…) and
 * a tally cut from a list line's title: 19/40 right, 2 wrong, none invented, metadata 33/34 (zu04's
 * programme now compared, its year kept); zu03's vote tallies no longer in its two titles.
 */
export const FORTY_FOURTH = {
  member: (id: string) => /^zu\d/.test(id),
  role: 1,
  regions: { file: 'regions-zu', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
