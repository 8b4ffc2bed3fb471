/**
 * The twenty-sixth round of held-out notice series (tests/fixtures/series/held26-*), wired as the
 * twenty-fifth: Zhejiang's own future communities (未来社区), created by batch and named by the
 * province after acceptance, told by local pages only — the first batch's communities as a city
 * tells its two, another city its seven by the district names of the time written short, a
 * provincial site one of them with its street; the 2021 creation list named by year; an acceptance
 * visit with no outcome and the naming of two communities (获评省级引领型未来社区). Labelled from
 * their sources before the importer ran on them (kind other as the corpus labels a list building
 * toward a title, the naming their acceptance). First run per notice 8/15 right (7 missed), 1
 * invented (a community named 未来社区 from the programme's own word), metadata 28/32, status 0/2,
 * rules 0/0; as series 6/13 records right, 1 invented, 始版桥 duplicated by its project's heading,
 * 0/2 events, one acceptance rule read from a visit. Then an acceptance visit reported is news
 * owing nothing, a heading naming a listed unit's project is that unit and names opening later
 * clauses with what befell them are read (the honour's own word not), and a feature's headline
 * subject is its one unit: per notice 9/15, none invented, metadata 29/33, role 5/6 (the city's
 * progress item read as a progress report); as series 7/13, none invented, no rule. Left: communities bare after
 * 我市 or after their town, the naming's 获评 (no record, no event), 钱塘新区 unplaced. Later: the
 * Ningbo pair placed; then the feature's bare 未来社区试点 joins the city's 全省未来社区试点 (始版桥 one
 * record) and 钱塘新区 written without its city is 钱塘区: per notice 12/15, as series 11/13.
 */
export const HELD26_SERIES = {
  member: (id: string) => id.startsWith('series/held26-'),
  role: 0.83,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
