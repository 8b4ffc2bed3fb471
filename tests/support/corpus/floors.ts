/**
 * The floors and ceilings the corpus of real notices is held to (tests/integration/corpus-floor.test.ts):
 * per set, the share of records right, the invented records allowed and the metadata share; for the
 * held-out sets measured apart, their role share, region-string floor and warning ceilings. Each
 * comment says what the set covers and how it scored on its first run. The sets measured apart
 * from the others' totals (third held-out set on) are in held-out-floors.ts, the held-out
 * series' rounds' floors in floors-series.ts.
 */
import { SERIES_SETS } from './floors-series';
import type { SetFloor } from './set-floor';

export type { SetFloor };

export const SETS: SetFloor[] = [
  {
    name: 'national',
    member: (id) => /^n\d/.test(id),
    notices: 25,
    records: 0.99,
    invented: 0,
    metadata: 0.99,
  },
  {
    name: 'series',
    member: (id) => id.startsWith('series/') && !SERIES_SETS.some((set) => set.member(id)),
    notices: 25,
    records: 0.99,
    invented: 0,
    metadata: 0.965,
  },
  ...SERIES_SETS,
  {
    name: 'provincial',
    member: (id) => /^p\d/.test(id),
    notices: 33,
    records: 0.98,
    invented: 0,
    metadata: 0.975,
  },
  {
    name: 'held-out',
    member: (id) => /^q\d/.test(id),
    notices: 20,
    records: 0.93,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'second held-out',
    member: (id) => /^r\d/.test(id),
    notices: 19,
    records: 0.99,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'third held-out',
    member: (id) => /^s\d/.test(id),
    notices: 15,
    records: 0.99,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'fourth held-out',
    member: (id) => /^t\d/.test(id),
    notices: 16,
    records: 0.99,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'fifth held-out',
    member: (id) => /^u\d/.test(id),
    notices: 15,
    records: 0.96,
    invented: 0,
    metadata: 0.96,
  },
  {
    name: 'sixth held-out',
    member: (id) => /^v\d/.test(id),
    notices: 15,
    records: 0.93,
    invented: 0,
    metadata: 0.94,
  },
  {
    name: 'eighth held-out',
    member: (id) => /^x\d/.test(id),
    notices: 15,
    records: 0.95,
    invented: 0,
    metadata: 0.92,
  },
  {
    name: 'ninth held-out',
    member: (id) => /^k\d/.test(id),
    notices: 14,
    records: 0.99,
    invented: 0,
    // 77/82 once a signed article telling zones 先后被确定为… is news.
    metadata: 0.93,
  },
  {
    name: 'tenth held-out',
    member: (id) => /^y\d/.test(id),
    notices: 7,
    records: 0.96,
    invented: 0,
    // 42/42 once a report telling communities 被命名为… is news.
    metadata: 0.97,
  },
  {
    name: 'eleventh held-out',
    member: (id) => /^h\d/.test(id),
    notices: 12,
    records: 0.78,
    invented: 0,
    metadata: 0.95,
  },
  {
    name: 'twelfth held-out',
    member: (id) => /^m\d/.test(id),
    notices: 6,
    records: 0.97,
    invented: 0,
    metadata: 0.8,
  },
  {
    name: 'thirteenth held-out',
    member: (id) => /^c\d/.test(id),
    notices: 5,
    records: 0.8,
    invented: 0,
    metadata: 0.9,
  },
  {
    name: 'fourteenth held-out',
    member: (id) => /^d\d/.test(id),
    notices: 10,
    records: 0.97,
    invented: 0,
    metadata: 0.92,
  },
  {
    name: 'fifteenth held-out',
    member: (id) => /^e\d/.test(id),
    notices: 12,
    records: 0.82,
    // none once a call's background honours were no entries (was 2: e01)
    invented: 0,
    metadata: 0.78,
  },
  {
    name: 'sixteenth held-out',
    member: (id) => /^g\d/.test(id),
    notices: 12,
    records: 0.96,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'seventeenth held-out',
    member: (id) => /^j\d/.test(id),
    notices: 12,
    records: 0.85,
    invented: 0,
    metadata: 0.95,
  },
  {
    name: 'eighteenth held-out',
    member: (id) => /^i\d/.test(id),
    notices: 10,
    records: 0.95,
    invented: 1,
    metadata: 0.8,
  },
  {
    name: 'nineteenth held-out',
    member: (id) => /^a\d/.test(id),
    notices: 10,
    records: 0.98,
    invented: 0,
    // 56/61 once a trade site's item telling 湖南有17家社会组织入选 is news.
    metadata: 0.91,
  },
  {
    name: 'twentieth held-out',
    member: (id) => /^b\d/.test(id),
    notices: 8,
    records: 0.9,
    invented: 0,
    metadata: 0.9,
  },
  {
    name: 'twenty-first held-out',
    member: (id) => /^l\d/.test(id),
    notices: 6,
    // l06 is read now (63/72): its programme with it, one field more and that one wrong
    // (…的拟入选 left in), so metadata 31/36 where it was 31/35. 72/72 once an institution named
    // after its province or municipality is a unit a news item keeps (l01's 某省荣军医院, 某市殡仪馆).
    records: 0.97,
    invented: 0,
    metadata: 0.85,
  },
  // o*: millennium counties, child-friendly communities, a guide page (first run 97/140, 2
  // invented, metadata 34/46); z*: eight notices that confirm nothing, so their records are
  // none and what they test is inventing none (first run 1 invented, metadata 35/43).
  {
    name: 'twenty-second held-out',
    member: (id) => /^o\d/.test(id),
    notices: 8,
    records: 0.86,
    invented: 1,
    // 40/46 once pages telling counties 已被评定为 / 被联合国认定的… are news.
    metadata: 0.86,
  },
  {
    name: 'twenty-third held-out',
    member: (id) => /^z\d/.test(id),
    notices: 8,
    records: 1,
    invented: 0,
    metadata: 0.95,
  },
  // za*: lists in the shapes copies give them (first run 50/54, none invented, metadata 47/53).
  {
    name: 'twenty-fourth held-out',
    member: (id) => /^za\d/.test(id),
    notices: 8,
    records: 0.92,
    invented: 0,
    metadata: 0.85,
  },
  // zb*: a city's own honours and local copies of national ones (first run 53/60, none
  // invented, metadata 44/57; then 56/60; metadata 46/58 once a site's glued channel and a
  // bare 發布 date were read).
  {
    name: 'twenty-fifth held-out',
    member: (id) => /^zb\d/.test(id),
    notices: 10,
    records: 0.9,
    invented: 0,
    metadata: 0.77,
  },
  {
    name: 'format variants',
    member: (id) => /^f\d/.test(id),
    notices: 32,
    records: 0.99,
    invented: 0,
    metadata: 0.93,
  },
  {
    name: 'seventh held-out',
    member: (id) => /^w\d/.test(id),
    notices: 15,
    records: 0.9,
    invented: 0,
    metadata: 0.91,
  },
];

export const FLOOR = { regions: 0.99, role: 0.98, status: 0.98, rules: 0.93 };

/** The second held-out set's region strings (regions-r.gold.json), scored apart. */
export const SECOND_REGIONS = { file: 'regions-r', floor: 0.99 };

/**
 * Known failures, counted (both held-out sets: q* 0 and 0 since a stated count over names
 * none of which was read is reported, r* 0 and 0): a change may lower these, never raise them.
 */
export const CEILING = { lostSilently: 0, missingExpectedWarnings: 0 };

/** The notice role on the second held-out set, scored apart from the others (first run: 0.6). */
export const SECOND_ROLE = { member: (id: string) => /^r\d/.test(id), floor: 0.94 };
