/**
 * The eleventh held-out set of single notices (za*), measured apart from the others' totals like
 * the sets in held-out-floors.ts.
 */

/**
 * Pages carrying a list in the shapes copies give it: a ministry office's numbered addition to a
 * national programme (an old Word file), a province's two kinds of units confirmed in one
 * sentence and copied with the pinyin of its characters in brackets (ODT, traditional), one
 * batch of marriage-custom zones as a headline naming a unit bare (GBK page with chrome), a wire
 * item with all seventeen in one sentence and a related-links list (GB18030 text) and a
 * Taiwanese wiki page whose infobox counts both batches (Big5), a case compilation's page whose
 * case title runs over two lines (PDF), ten pilot communities one a line with one in a city's
 * high-tech zone (MHT) and a spun copy naming no unit (UTF-16 text). First run: 50/54 right,
 * none invented, metadata 47/53, role 7/8, rules 3/3, region strings 5/6, one notice losing
 * items silently (za08: a hundred counted, none named). Then 52/54 once a city's development
 * zone written short before a township and its community was read down to the entry, and a
 * sentence cut after an organ's name no longer signed the notice. Still missed: the unit a
 * headline names bare before 等17地 (za03), a case whose title runs over two heading lines
 * under its number (za06); a wiki's 發布單位 and 發布時間 read as the page's own, a spun
 * copy's 申報 read as a call (za08). Then nothing lost silently once a published count with
 * the round before it (發布了此次100個…名單) warns (za08).
 */
export const TWENTY_FOURTH = {
  member: (id: string) => /^za\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-za', floor: 0.8 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
