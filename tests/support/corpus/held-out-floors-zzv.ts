/**
 * The seventy-first held-out set of single notices (zzv*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Lists set as tables: a county's rest-home grades merged down the rows they cover (Word); a
 * finance site's copy of the third hospice pilots with one table whose 类别 column spans numbered
 * province lines, cut at the eighth (PDF); the first infant-care demonstration cities two provinces
 * to a row (traditional HTML); a workers' paper's four health-promotion counties in a bare county
 * column, the province only in its masthead (ODS); a province's five science-popularisation
 * counties under a two-row header with a merged city and a remark 原成都市郫县 (traditional ODT);
 * a copy of a provincial paper's eleven second-batch counties with its first batch retold and the
 * years stripped (Word 97); a province's farmland-water key counties one sheet per kind with 小计
 * and 合计 rows (XLSX); two health-promotion counties under a title cell spanning the table
 * (traditional HTML); a region's four hospice pilots, two corps divisions among them, in cells
 * merged over numbered sub-rows (GB18030 HTML); a forum's copy of the infant-care naming notice
 * cut in its attachment's heading (Word).
 * First run (gold committed before it): pending.
 */
export const SEVENTY_FIRST = {
  member: (id: string) => /^zzv\d/.test(id),
  role: 0,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
