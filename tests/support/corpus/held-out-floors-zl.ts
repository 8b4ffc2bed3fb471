/**
 * The thirty-fifth held-out set of single notices (zl*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Typical cases and news of them: a city bureau's nine cases of minors' protection stations, each
 * line the station run into its case title in book-title marks (GB18030 text); a provincial site's
 * copy of the ministry's news on a national batch of village cases, its two in the lead and the
 * list cut in its ninth line (web page with the portal's chrome); two villages of the same batch
 * after 其中 counted 两地 (.odt); a city's share of a national volunteer 公示 under numbered
 * headings of what each entry was chosen as, one each (Word); seven proposed elderly-friendly
 * communities, three under a new area or a high-tech zone, with write-ups cut (PDF); and thirty
 * village cases of 一约四会, three told in prose, in traditional characters (Big5 web page).
 * First run: 14/33 right, none wrong, none invented, metadata 32/36, role 6/6, nothing lost
 * silently and no expected warning missing; region strings 4/5. Missed: all nine of zl01 (the
 * lines read as nothing, unread_list), zl02's cut ninth line, zl03's two (a count in 地 closes
 * no run), all three of zl04 (headings with counts between the lead and the entries; the
 * association's line taken as the issuer), zl05's street of a new area across the city's border,
 * zl06's three told in prose. zl06's page was composed with the builder's default portal chrome,
 * whose info line dated it; the fixture was corrected to a bare mirror after the first run.
 * After six rules (a unit run into its 《case title》; headings of what the entries were chosen as
 * with a count; a project named after its place in quotes; a source line's stamp with the outlet
 * run into it; a named new area's township beyond the notice's city, a bare zone word no
 * misspelt county; the last of several honours' names after 和 no programme): 27/33 right, none
 * wrong, none invented, metadata 34/37, role 6/6, region strings 5/5, nothing lost silently; every
 * notice of the other sets scored as before.
 */
export const THIRTY_FIFTH = {
  member: (id: string) => /^zl\d/.test(id),
  role: 1,
  regions: { file: 'regions-zl', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
