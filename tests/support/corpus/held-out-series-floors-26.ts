/**
 * The twenty-sixth round of held-out notice series (tests/fixtures/series/held26-*), wired as the
 * twenty-fifth: Zhejiang's own future communities (未来社区), created by batch and named by the
 * province after acceptance, told by local pages only — the first batch's communities as a city
 * tells its two, another city its seven by the district names of the time written short, a
 * provincial site one of them with its street; the 2021 creation list named by year; an acceptance
 * visit with no outcome and the naming of two communities (获评省级引领型未来社区). Labelled from
 * their sources before the importer ran on them (kind other as the corpus labels a list building
 * toward a title, the naming their acceptance).
 */
export const HELD26_SERIES = {
  member: (id: string) => id.startsWith('series/held26-'),
  role: 1,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
