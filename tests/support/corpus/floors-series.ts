/**
 * The held-out notice series' floors (each round's notices scored per notice), one entry a round,
 * spread into SETS in floors.ts. A new round appends its entry here and its registry in
 * held-out-series-all.ts.
 */
import {
  HELD10_SERIES,
  HELD11_SERIES,
  HELD12_SERIES,
  HELD13_SERIES,
  HELD14_SERIES,
  HELD15_SERIES,
  HELD16_SERIES,
  HELD17_SERIES,
  HELD18_SERIES,
  HELD19_SERIES,
  HELD20_SERIES,
  HELD21_SERIES,
  HELD22_SERIES,
  HELD2_SERIES,
  HELD3_SERIES,
  HELD4_SERIES,
  HELD5_SERIES,
  HELD6_SERIES,
  HELD7_SERIES,
  HELD8_SERIES,
  HELD9_SERIES,
  HELD_SERIES,
} from './held-out-series-floors';
import { HELD23_SERIES } from './held-out-series-floors-23';
import { HELD24_SERIES } from './held-out-series-floors-24';
import { HELD25_SERIES } from './held-out-series-floors-25';
import { HELD26_SERIES } from './held-out-series-floors-26';
import { HELD27_SERIES } from './held-out-series-floors-27';
import { HELD28_SERIES } from './held-out-series-floors-28';
import { HELD29_SERIES } from './held-out-series-floors-29';
import { HELD30_SERIES } from './held-out-series-floors-30';
import { HELD31_SERIES } from './held-out-series-floors-31';
import { HELD32_SERIES } from './held-out-series-floors-32';
import { HELD33_SERIES } from './held-out-series-floors-33';
import { HELD34_SERIES } from './held-out-series-floors-34';
import { HELD35_SERIES } from './held-out-series-floors-35';
import { HELD36_SERIES } from './held-out-series-floors-36';

import type { SetFloor } from './set-floor';

export const SERIES_SETS: SetFloor[] = [
  {
    name: 'held-out series',
    member: (id) => HELD_SERIES.member(id),
    notices: 10,
    records: 0.99,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'second held-out series',
    member: (id) => HELD2_SERIES.member(id),
    notices: 14,
    records: 0.98,
    invented: 0,
    metadata: 0.97,
  },
  {
    name: 'third held-out series',
    member: (id) => HELD3_SERIES.member(id),
    notices: 13,
    records: 0.76,
    invented: 0,
    metadata: 0.84,
  },
  {
    name: 'fourth held-out series',
    member: (id) => HELD4_SERIES.member(id),
    notices: 14,
    records: 0.89,
    invented: 0,
    metadata: 0.8,
  },
  {
    name: 'fifth held-out series',
    member: (id) => HELD5_SERIES.member(id),
    notices: 9,
    records: 0.97,
    invented: 0,
    metadata: 0.88,
  },
  {
    name: 'sixth held-out series',
    member: (id) => HELD6_SERIES.member(id),
    notices: 11,
    records: 0.83,
    invented: 0,
    metadata: 0.84,
  },
  {
    name: 'seventh held-out series',
    member: (id) => HELD7_SERIES.member(id),
    notices: 10,
    records: 0.92,
    // 1 (a naming's batch head 北京市海淀区等100个 in a news item) once a plan's background
    // honours and a table's 整省试点 rows were no entries (was 11)
    invented: 1,
    metadata: 0.62,
  },
  {
    name: 'eighth held-out series',
    member: (id) => HELD8_SERIES.member(id),
    notices: 10,
    // 47/76 once the last short name before 等N个 and 辛集's code of 2019 were read
    records: 0.6,
    // none once a park named after a bureau nobody places was said unread (was 1)
    invented: 0,
    metadata: 0.8,
  },
  {
    name: 'ninth held-out series',
    member: (id) => HELD9_SERIES.member(id),
    notices: 11,
    // 35/39 once a plan's cities after 以 and a municipality's 本市 were read
    records: 0.87,
    // none once a city item's rental stations (社区服务站点分别是：) were no entries (was 4)
    invented: 0,
    metadata: 0.8,
  },
  {
    name: 'tenth held-out series',
    member: (id) => HELD10_SERIES.member(id),
    notices: 10,
    // 17/21 on its first run: a photo caption's words as one village's title, one community
    // read twice, three review pages' villages unread (one invented: the community's bare name);
    // 19/21, none wrong, once a caption gave no title and a verdict's kept village was read;
    // none invented once a headline's short form of the story's community was that community
    records: 0.88,
    invented: 0,
    metadata: 0.85,
  },
  {
    name: 'eleventh held-out series',
    member: (id) => HELD11_SERIES.member(id),
    notices: 8,
    // first run 5/11 right (1 wrong, 5 missed), none invented, metadata 41/46, role 5/8: a
    // province's department among pilot places and a city's share told unit by unit with 作为
    // unread; then 8/11 (1 wrong, 2 missed) once both were read, metadata 42/46 once a city
    // ranked by its units' tally was no entry
    records: 0.72,
    invented: 0,
    metadata: 0.89,
  },
  {
    name: 'twelfth held-out series',
    member: (id) => HELD12_SERIES.member(id),
    notices: 10,
    // first run 4/18 right (none wrong, 14 missed), none invented, metadata 40/49, role 7/9: the
    // places after 将在 and a region written 新疆自治区 unread; then 5/18 (13 missed) once both
    // were read, metadata 47/56 and role 8/10 with the series' third notice added (a city's
    // notice on the pilot work, read as rules only); metadata back to 48/56 after four news golds
    // named the outlet their page names (46/56 until their 【来源:…】 and masthead lines were read;
    // 财新传媒 alone above its date still unread)
    records: 0.27,
    invented: 0,
    metadata: 0.83,
  },
  {
    name: 'thirteenth held-out series',
    member: (id) => HELD13_SERIES.member(id),
    notices: 9,
    // first run 28/35 right (none wrong, 7 missed), 1 invented, metadata 54/60, role 6/9: a relayed
    // list read as cases from the remark above it, places closed by 都在其中 unread, a county named
    // alone with the designation it holds unread; then 34/35, none invented, metadata 58/61 once
    // all three were read; metadata 59/61 again after three news golds named the outlet their page
    // names (56/61 until the 转自, 来源 and masthead lines were read)
    records: 0.97,
    invented: 0,
    metadata: 0.95,
  },
  {
    name: 'fourteenth held-out series',
    member: (id) => HELD14_SERIES.member(id),
    notices: 11,
    // first run 104/217 right (46 wrong, 67 missed), 1 invented, metadata 54/65, role 10/11: a
    // province column read as titles, a list under a cry read as a write-up, a masked region
    // costing its list; then 199/217 (18 missed), 1 invented, metadata 57/66 once those were read
    records: 0.91,
    invented: 1,
    metadata: 0.86,
  },
  {
    name: 'fifteenth held-out series',
    member: (id) => HELD15_SERIES.member(id),
    notices: 8,
    // first run 53/56 right (3 missed), 1 invented, metadata 37/48, role 6/8: a province written
    // before 有 read as the first pilot; then 54/56, none invented, metadata 34/48 once the pilot
    // is read and the naming document's title (…县(市), the gold's …县) names the programme
    records: 0.96,
    invented: 0,
    metadata: 0.7,
  },
  {
    name: 'sixteenth held-out series',
    member: (id) => HELD16_SERIES.member(id),
    notices: 11,
    // first run 42/55 right (13 missed), none invented, metadata 57/70, role 8/11: provinces
    // counted before 和, a city inside its count unread; then 48/55, none invented, metadata
    // 60/74 (role 7/11: the city's own item read as a confirmation once its city is read)
    records: 0.87,
    invented: 0,
    metadata: 0.8,
  },
  {
    name: 'seventeenth held-out series',
    member: (id) => HELD17_SERIES.member(id),
    notices: 10,
    // first run 42/55 right (13 missed), 2 invented, metadata 46/57, role 6/10: the recognitions'
    // first parks and one-per-line parks unread; then the programme named by its 示范园 (48/57)
    records: 0.76,
    invented: 2,
    metadata: 0.84,
  },
  {
    name: 'eighteenth held-out series',
    member: (id) => HELD18_SERIES.member(id),
    notices: 8,
    // first run 81/108 right (27 missed), 2 invented, metadata 43/49, role 7/8: pilot cities under
    // a byline read as another list, municipalities among cities dropped from the stories; then
    // the intro's 试点城市, a municipality among cities and a programme's central funding (90/108)
    records: 0.83,
    invented: 1,
    metadata: 0.9,
  },
  {
    name: 'nineteenth held-out series',
    member: (id) => HELD19_SERIES.member(id),
    notices: 6,
    // first run 4/19 right (14 missed), 1 wrong, 1 invented, metadata 28/35: a city's units
    // under a plan-launch headline dropped as background, a list numbered 1。 unread; then the
    // launch headline, the 。 numbering, the cut last line and the profile heading: 17/19, 0
    // invented, metadata 29/34
    records: 0.89,
    invented: 0,
    metadata: 0.85,
  },
  {
    name: 'twentieth held-out series',
    member: (id) => HELD20_SERIES.member(id),
    notices: 8,
    // first run 65/75 right (9 missed), 1 wrong, 3 invented, metadata 33/45: a repost's towns with
    // their glosses run together, a lead's and a feature's one town, a relay's cited first town;
    // then a programme named by 特色小镇 and four pages composed without chrome: 66/75, metadata 43/48
    records: 0.88,
    invented: 3,
    metadata: 0.89,
  },
  {
    name: 'twenty-first held-out series',
    member: (id) => HELD21_SERIES.member(id),
    notices: 7,
    // first run 35/38 right (3 missed), 3 invented, metadata 33/40: a forum's four villages
    // written short after their province only; then the key-village ending, a cited 公示 and a
    // batch before 拟入选: records unchanged (35/38, 3 invented), metadata 35/41
    records: 0.92,
    invented: 3,
    metadata: 0.85,
  },
  {
    name: 'twenty-second held-out series',
    member: (id) => HELD22_SERIES.member(id),
    notices: 8,
    // first run 35/38 right (2 missed, 1 wrong), 16 invented, metadata 41/47: the monitoring list's
    // earlier years' villages read as entries, a feature's county after 入选…试点地区以来; then
    // two golds corrected to the corpus's conventions, earlier spans of years retold, a ministry
    // acting on its list, a share under (湖南12个), the feature's frame: 36/36, metadata 45/49
    records: 1,
    invented: 0,
    metadata: 0.91,
  },
  {
    name: 'twenty-third held-out series',
    member: (id) => HELD23_SERIES.member(id),
    notices: 8,
    // first run 6/33 right (27 missed), 3 invented, metadata 37/42: blocks named by their lanes,
    // the earlier batches retold together, a numbered list run into one paragraph, a tally after
    // 已建成; then those read and the 旅游休闲街区 ending: 24/33 (8 missed, 1 wrong), none invented;
    // metadata 40/46 on the merged round (issuers of three copies, two roles, one undated page)
    records: 0.72,
    invented: 0,
    metadata: 0.86,
  },
  {
    name: 'twenty-fourth held-out series',
    member: (id) => HELD24_SERIES.member(id),
    notices: 7,
    // first run 10/98 right, 7 invented; then resorts after their province: 91/98, 3 invented
    records: 0.92,
    invented: 3,
    metadata: 0.95,
  },
  {
    name: 'twenty-fifth held-out series',
    member: (id) => HELD25_SERIES.member(id),
    notices: 6,
    // first run 87/129 right, none invented, metadata 27/35; then the starred counties, the
    // creation list's title, the ministry's site and the daily's tally: 126/129, 1 invented
    records: 0.97,
    invented: 1,
    metadata: 0.9,
  },
  {
    name: 'twenty-sixth held-out series',
    member: (id) => HELD26_SERIES.member(id),
    notices: 6,
    // first run 8/15 right, 1 invented, metadata 28/32, status 0/2; then the visit read as news,
    // a unit's project heading as the unit, the Yiwu pair from their clauses and a feature's
    // headline subject: 9/15, none invented, metadata 29/33; since round 62 the Ningbo relay's
    // communities are read (2/2), so its programme is counted too and read with its scope
    // (全省未来社区试点 against 未来社区): 11/15, metadata 29/34
    records: 0.6,
    invented: 0,
    metadata: 0.85,
  },
  {
    name: 'twenty-seventh held-out series',
    member: (id) => HELD27_SERIES.member(id),
    notices: 6,
    // first run 4/9 right (2 wrong: the capital's two bodies, labelled with their names as titles,
    // since untitled as the corpus labels honoured organisations; 3 missed), none invented,
    // metadata 28/34, role 5/6 (a city's own history read as a confirmation); then a home's
    // plaque and a district told as a held demonstration area read: 8/9, none invented, metadata
    // 28/35 (the home's programme now compared)
    records: 0.88,
    invented: 0,
    metadata: 0.79,
  },
  {
    name: 'twenty-eighth held-out series',
    member: (id) => HELD28_SERIES.member(id),
    notices: 5,
    // first run 2/4 right (2 missed), 4 invented (places speaking at a training), metadata 23/28
    // (the training item's issuer since labelled from its 来源 line), status 0/1; then the
    // speakers' counted run, the acceptance under an announcing headline and the quoted name
    // with its level after it read: 3/4, none invented, metadata 25/29, status 1/1
    records: 0.75,
    invented: 0,
    metadata: 0.86,
  },
  {
    name: 'twenty-ninth held-out series',
    member: (id) => HELD29_SERIES.member(id),
    notices: 6,
    // first run 22/56 right, 5 invented (河北 after 天津 as its district, unresolved provinces),
    // metadata 28/34; then provinces written short in a run of provinces and provinces carrying
    // a pilot out read: 27/56, none invented, metadata 29/35; then places carrying a named pilot
    // out with no count, provinces written together and a municipality's 我市试点实施 read: 56/56,
    // none invented, metadata 36/40; then the relays' pilot read from what their places carry
    // out and the widened approval's mojibake count read as provinces: metadata 38/42
    records: 1,
    invented: 0,
    metadata: 0.9,
  },
  {
    name: 'thirtieth held-out series',
    member: (id) => HELD30_SERIES.member(id),
    notices: 6,
    // first run 19/56 right, 3 invented (a forum's speakers), metadata 29/34; then a spaced
    // province alone on its line, a run closed by its places' officers and a short run closed
    // by 以及 or its predicate read: 51/56, none invented, metadata 29/33; then the district's
    // plan of its national pilot (制定…国家健康城市试点纲要) read as its mention: 52/56, metadata
    // 29/34 (that item's programme, unread before, is now the plan's wording 国家健康城市试点,
    // where the gold named the list's 全国健康城市建设试点, which the page never writes); then the
    // gold took the page's words (Corrections, 2026-12-07): metadata 30/34
    records: 0.92,
    invented: 0,
    metadata: 0.87,
  },
  {
    name: 'thirty-first held-out series',
    member: (id) => HELD31_SERIES.member(id),
    notices: 8,
    // first run 77/82 right, 1 invented (重庆's 主城九区 unresolved), metadata 43/46; then a place
    // told as holding a pilot (某市作为…试点城市), an area added (增设…为试点地区), a pilot's unit
    // class alone (…的两个试点城市) and a city's central districts (主城九区) read: 81/82, none
    // invented, metadata 49/52; on review the pilot city's later item read as news: 50/52; then
    // the ten departments' signature read whole and a city's own plan for its 国家试点 read as
    // the national pilot's unit: 82/82, none invented, metadata 52/53
    records: 1,
    invented: 0,
    metadata: 0.98,
  },
  {
    name: 'thirty-second held-out series',
    member: (id) => HELD32_SERIES.member(id),
    notices: 8,
    // first run 8/11 right, 1 invented, metadata 34/46 (three untitled pages labelled "", since
    // null); then a place told as passing its programme's acceptance, a title granted after a
    // creation round and a check told held (no duty) read: 10/11, 1 invented (a spun repost's
    // swapped programme), metadata 39/47
    records: 0.9,
    invented: 1,
    metadata: 0.82,
  },
  {
    name: 'thirty-third held-out series',
    member: (id) => HELD33_SERIES.member(id),
    notices: 6,
    // first run 27/28 right, none invented (a table border's bar read as a title), metadata
    // 32/37; then places carrying the pilot out as a list's intro tells them, a bar closing a
    // line and a journal abstract's mark read: 28/28, none invented, metadata 36/39 (06's
    // province list corrected to kind other, as the corpus's p26 labels the same list)
    records: 1,
    invented: 0,
    metadata: 0.9,
  },
  {
    name: 'thirty-fourth held-out series',
    member: (id) => HELD34_SERIES.member(id),
    notices: 6,
    // first run 43/60 right, 1 invented (a praised area read at its province), status 3/11,
    // metadata 29/33; then a title no longer renewed (…，不再重新确认为…) read as the places
    // leaving it, also from the clause after their run: 51/60, 1 invented, status 11/11
    records: 0.85,
    invented: 1,
    metadata: 0.85,
  },
  {
    name: 'thirty-fifth held-out series',
    member: (id) => HELD35_SERIES.member(id),
    notices: 8,
    // first run 16/19 right (3 missed), none invented, metadata 45/51; then a short place closed by
    // 成为 and a listing word, a designation held by the place whose organ acts and a province's
    // own programme placing its units: 19/19, none invented, metadata 46/53
    records: 1,
    invented: 0,
    metadata: 0.86,
  },
  {
    name: 'thirty-sixth held-out series',
    member: (id) => HELD36_SERIES.member(id),
    notices: 7,
    // first run 5/10 right, none invented, metadata 31/39; then a round's year inside the name and
    // places counted as cities of several levels for a pilot: 5/10, none invented, metadata 33/41;
    // then a date's year before a round's is the day's: metadata 34/41
    records: 0.5,
    invented: 0,
    metadata: 0.82,
  },
];
