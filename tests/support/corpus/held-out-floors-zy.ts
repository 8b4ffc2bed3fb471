/**
 * The forty-eighth held-out set of single notices (zy*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Lists of typical cases, projects and honoured organisations: a county's three cases named by
 * quoted short names in one run (GB18030 text); a district's case awards by track, one case
 * twice, the page cut in the third track (Big5 page, traditional); a national round's ten best
 * cases named only by their places under a merged award cell (Word table); a city's one case in
 * a national report (UTF-16 text); the ministry's typical experiences, the round's example and
 * the province's share after a colon (GBK page); a province's ten funded charity projects as
 * organisation + project rows (workbook, two sheets); a city centre's six contest winners by
 * award (GB18030 CSV); organisations named before 等N家 with the rest lost (PDF, GB18030 page); a
 * city's four organisations in one run (Word); one first-prize project (ODT); a province's best
 * community workers, persons and no entries (workbook).
 * First run: 10/52 right, 13 wrong, 29 missed, 2 invented, metadata 60/67, role 12/12, region
 * strings 3/3, one notice lost silently (zy06: its ten projects read with their titles but no
 * place, the county or city written inside the project's name), three expected count warnings
 * missing (zy02, zy08, zy11: the count stated and fewer named; zy08 and zy11 warn no_records).
 * Right: zy03's ten places. Missed or wrong: zy01's three quoted names after the county (one
 * record at the county, no title); zy02's case names after 赛道 and before 获评 (one record at
 * the district); zy04's case after the city's federation; zy05's experiences after a county and
 * 《》 or after a colon (the prefectures of 烟台、德州2地上榜 invented); zy07's award + project
 * rows; zy08, zy09, zy11's organisations named after 我市市, a city, district or county; zy10's
 * project after its centre; programmes 0/5 (the collection, the round, the report, the contest).
 * Rules of the next round (first run → final): 10/52 right → 32/52, 13 wrong → 1, 29 missed →
 * 19, 2 invented → 0, no notice lost silently (zy06's rows placed by the project's or the
 * organisation's own name, the table having no place column), expected count warnings missing
 * 3 → 2 (zy02's now raised), role 12/12, region strings 3/3, programmes 0/5. Read now: zy01's
 * quoted names run together after the county and counted; zy02's winners told track by track at
 * the headline's district (one named twice, once); zy06's ten projects; zy05's invented
 * prefectures (the headline's 烟台、德州 the body goes below) dropped. Left: zy04, zy05's
 * experiences after 《》 or a colon, zy07's award + project rows with no place, zy08, zy09,
 * zy10, zy11's organisations after 我市, a city or county (their shapes differ notice to notice).
 */
export const FORTY_EIGHTH = {
  member: (id: string) => /^zy\d/.test(id),
  role: 1,
  regions: { file: 'regions-zy', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 2,
};
