/**
 * The twenty-ninth round of held-out notice series (tests/fixtures/series/held29-*), wired as the
 * twenty-eighth: the civil-affairs ministry's cross-province marriage registration pilots
 * (内地居民婚姻登记“跨省通办”试点, kind zone) from the 2021 list of nine units to the 2023 approval
 * widening them to 21 provinces, told by a portal's copy of the list, a traditional flash item
 * writing the nine run together, a guide naming them twice with related-link junk, a
 * municipality's report naming itself as 我市, the widening approval in a glossed copy and a city
 * paper naming seven of the 21. Later pages name first-list units in full, short, run together
 * and as 我市: each a mention on the existing record. Labelled from their sources before the
 * importer ran on them.
 */
export const HELD29_SERIES = {
  member: (id: string) => id.startsWith('series/held29-'),
  role: 0,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
