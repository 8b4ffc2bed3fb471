/**
 * The thirty-fourth round of held-out notice series (tests/fixtures/series/held34-*), wired as the
 * thirty-third: the national hygienic cities (国家卫生城市) as their re-reviews change what the
 * named units hold — a city paper's item on the 2011 re-review naming its city only as 我市, an
 * evening paper on the 2014 re-review and the next cycle's proposed names, the 2015 通报 (lists
 * by their first units, twelve praised, eight towns no longer reconfirmed after division changes:
 * 已撤销), the 2018 通报 in traditional characters (a city and two towns deferred: 未通过), a
 * county-level city's own fourth re-review and a city's phone post on the 2021 通报. Labelled
 * from their sources before the importer ran on them. First run per notice 43/60 right, 1
 * invented, status 3/11, metadata 29/33; as series 37/54 records right in either order, 1
 * invented, events 3/11. Then a title a re-review no longer renews (…，不再重新确认为国家卫生县城
 * （乡镇）) is read as the places leaving it, also from the clause right after their run: per
 * notice 51/60, 1 invented, status 11/11, metadata 29/33; as series 43/54 in either order, 2
 * invented (a merged street at its city), events 10/11.
 */
export const HELD34_SERIES = {
  member: (id: string) => id.startsWith('series/held34-'),
  role: 0.83,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
