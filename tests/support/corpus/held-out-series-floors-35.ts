/**
 * The thirty-fifth round of held-out notice series (tests/fixtures/series/held35-*), wired as the
 * thirty-fourth: the first batch of the national marriage-custom reform zones (April 2021) as its
 * units' own later pages tell them — a county paper's relay of ten units with the cycle, an evening
 * paper's glossed feature on two, a provincial site's visit naming its one unit short, a daily's
 * undated retelling with the batch — beside a relay of the second batch (the first by count only),
 * two provinces' own batches (四川省第三批, 第二批江蘇省: another programme each) and a district's
 * item naming no programme. Labelled from their sources before the importer ran on them. First run
 * per notice 16/19 right, none invented, metadata 45/51; as series 12/15 records right in either
 * order, none invented, mentions 16/19, overdue 3 (the gold's 13 corrected to 3 from the schedule's
 * rule: a news item's cycle with no start dates nothing). Then a short place closed by 成为 and a
 * listing word, its scope's only entrant naming no programme, a designation held by the place
 * whose organ acts, and a province's own programme placing its units: per notice 19/19, none
 * invented, metadata 46/53; as series 15/15 in either order, none invented, mentions 19/19.
 */
export const HELD35_SERIES = {
  member: (id: string) => id.startsWith('series/held35-'),
  role: 1,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
