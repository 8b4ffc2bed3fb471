/**
 * The twenty-ninth round of held-out notice series (tests/fixtures/series/held29-*), wired as the
 * twenty-eighth: the civil-affairs ministry's cross-province marriage registration pilots
 * (内地居民婚姻登记“跨省通办”试点, kind zone) from the 2021 list of nine units to the 2023 approval
 * widening them to 21 provinces, told by a portal's copy of the list, a traditional flash item
 * writing the nine run together, a guide naming them twice with related-link junk, a
 * municipality's report naming itself as 我市, the widening approval in a glossed copy and a city
 * paper naming seven of the 21. Later pages name first-list units in full, short, run together
 * and as 我市: each a mention on the existing record. Labelled from their sources before the
 * importer ran on them. First run per notice 22/56 right, 1 wrong (the guide's headline read as a
 * case), 33 missed, 5 invented, metadata 28/34, role 4/6, the guide's list lost silently; as
 * series 0/23 records right, 28 invented, mentions 0/56, overdue 0/23. Then a province written
 * short in a run of provinces read as the province (河北 after 天津, 河南, 海南, 陜西) and provinces
 * counted that carry a pilot out read as its pilot areas: per notice 27/56, 1 wrong, none
 * invented, metadata 29/35, role 4/6, the guide still lost silently; as series 0/23, 21 invented
 * (the widened approval's copy stays kind other: its count is lost in mojibake), mentions 7/56.
 * Then places carrying a named pilot out with no count, provinces written together and a
 * municipality's 我市试点实施 read: per notice 56/56, none invented, metadata 36/40, role 4/6,
 * nothing lost silently; as series still 0/23 (the relays' programmes differ: duplicates).
 */
export const HELD29_SERIES = {
  member: (id: string) => id.startsWith('series/held29-'),
  role: 0.66,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
