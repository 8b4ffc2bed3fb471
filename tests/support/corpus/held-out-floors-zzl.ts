/**
 * The sixty-first held-out set of single notices (zzl*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Notices naming several programmes, kinds or levels at once: a city paper's villages and
 * towns under one heading and its units under the next (全国文明村镇, 全国文明单位; HTML); a
 * province's six civilisation honours in one sentence, the city and three counties named for two
 * each, with a mirror's pinyin glosses (村(cūn)镇) (HTML, traditional); a round's towns and
 * villages beside five cities that only kept their title (蝉联) and a next list cut at its first
 * line (Word, traditional, glosses inside every name); a city and four short counties named a
 * model city and model counties, a bureau and an office advanced units, persons beside them
 * (GB18030 text); three villages of one honour beside enterprises of another never named (PDF);
 * towns on one sheet and villages on the next, the city's name replaced by an advertiser's words
 * (workbook); new cities and counties beside a city kept on review (Big5 page); three units of one
 * honour beside five persons whose posts name counties (e-paper page); a county, its towns, its
 * seat's communities and its units in five lists of one sentence (UTF-16 text); a county's
 * villages and units under two headings behind bullet glyphs (ODT); a district's six kinds each
 * given by its first unit, an army detachment with no place (Word, traditional).
 * First run (gold committed before it): 67/122 right, 0 wrong, 55 missed, 4 invented, metadata
 * 49/63 (role 10/11, programme 1/8), region strings 6/8, nothing lost silently.
 * FINAL
 */
export const SIXTY_FIRST = {
  member: (id: string) => /^zzl\d/.test(id),
  role: 0.9,
  regions: { file: 'regions-zzl', floor: 0.75 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
