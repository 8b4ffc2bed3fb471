/**
 * The twenty-seventh round of held-out notice series (tests/fixtures/series/held27-*), wired as the
 * twenty-sixth: the civil-affairs ministry's social-work talent demonstration titles (试点示范地区和
 * 单位, 示范区), given to areas and bodies of its social-work pilots, told by a law site, forums, a
 * provincial site's and a daily's copies and a shared document — the check of the pilots naming no
 * unit, a province's four in one sentence, a children's home with its other titles named, a district's
 * new pilot with its earlier demonstration title retold, a district's festival and a city's own
 * history. Labelled from their sources before the importer ran on them (kind other as the corpus
 * labels a demonstration title; no title told as an acceptance).
 */
export const HELD27_SERIES = {
  member: (id: string) => id.startsWith('series/held27-'),
  role: 1,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
