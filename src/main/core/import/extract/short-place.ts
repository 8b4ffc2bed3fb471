/**
 * A place written short, its level word left out, with words right after it ("某乌入选…",
 * "某山和某门五个地市入选"): the division list reads a short name only when nothing follows it
 * (so that a word starting like a place is never taken for one), so the name is tried alone
 * when what follows closes it as an entry — a membership verb, a count (the 等N个 closing a run
 * of short names too: "A、B、C等3个…" lists C), or 和/及 and the next. The short name may be
 * a city's and its county's, or carry its province's short name first ("某省简称+某市简称等10个
 * 园区…"), as long as the division list reads all of it.
 */
import { toKey } from './text-key';
import type { RegionLookup } from './types';
import { namedAttraction, unitAfterPlace } from './named-sites';

/**
 * A count of divisions written with their level word and no measure word ("铜陵、安庆…五市",
 * "3县", "两区"): it closes the enumeration before it as a count with 个 does. Places of any
 * level ("A、B、C三地") count so after examples (A等17地列为…), or as holders of the honour the
 * page points back to ("三地已获此称号"); a news story's "江苏已有A、B、C3地入选" retells an
 * earlier batch's places, which are not the page's entries.
 */
const COUNT = '\\s*(?:[0-9]+|[一二两三四五六七八九十]+)\\s*';
const LEVELS = '地级?市|县级?市|县市|县区|省|自治区|[市县区州盟旗]';
const HOLDERS = '(?=(?:已经?|均已|也已)?获得?(?:此|该|这一?|上述)[^，。,;；]{0,4}?(?:称号|殊荣))';
/**
 * A membership verb right after the count, ending its clause: the places counted are the ones
 * chosen, newly or again too ("湖北3地新入选", "两地再入选"). Words after the verb ("两地入选村庄
 * 最多") make the places a tally's, not entries.
 */
const CHOSEN =
  '(?=(?:成功|顺利|均|都|新|再次?|又)?(?:入选|入围|上榜|获评|榜上有名)了?\\s*(?:[，。；,;！!]|$))';
const COUNTED_LEVEL = new RegExp(
  `^(?:等${COUNT}(?:${LEVELS}|地)|${COUNT}(?:${LEVELS}|地${HOLDERS}|地${CHOSEN}))`,
);

/** The words after a place count the divisions closing its enumeration by their level word. */
export function countsDivisions(rest: string): boolean {
  return COUNTED_LEVEL.test(rest.trim());
}

/**
 * What the run is said to be, after its last place ("A、B以及C为2018年度…城市"): a year, a
 * national or provincial scope, or a batch right after 为 closes the place before it.
 */
const PREDICATE = '为(?=[0-9]{4}年|全国|国家|全省|省级|首批|第[一二三四五六七八九十0-9]+批)';

/**
 * 成为 closes a short place only when what it becomes is a listing ("某市成为全省唯一入选县(市)",
 * "…成为国家…试点"): a place becoming anything else ("某市成为网红打卡地") is prose.
 */
const BECOMES = '(?:成功|顺利)?成为(?=[^，。,;；]{0,16}?(?:入选|实验区|试验区|试点))';

const CLOSES = new RegExp(
  `^(?:(?:成功|顺利|均|都)?(?:入选|入围|获评|上榜)|${BECOMES}|被[\\u4e00-\\u9fff]{0,12}?(?:确认|确定|命名|认定|评)为|(?:等(?:在内的)?)?\\s*(?:[0-9]+|[一二两三四五六七八九十]+)\\s*个|(?:以及|和|及|与)[\\u4e00-\\u9fff]{2}|${PREDICATE}|${COUNTED_LEVEL.source.slice(1)})`,
);

/**
 * An attraction known by its own name right after the short place ("咸宁向阳湖国家湿地公园",
 * "沈阳五爱市场购物旅游区"): the name closes the place as a listing verb does, and the site lies
 * there (named-sites.ts); an attraction word alone after it (某县国家湿地公园) closes nothing. A
 * town's trade name (某镇某某小镇) is left to the readers of towns, which read its short town.
 */
function namedSiteAfter(rest: string): boolean {
  const site = unitAfterPlace(rest);
  return site !== null && !READ_ON.test(site[0]) && namedAttraction(site[0]);
}

/**
 * A landform word right after the short name makes one name with it (长白山, 黄山, 洪泽湖): the
 * place read on into a mountain or a lake, no place before a site's own name; so does a level
 * word in what follows (新疆自治区伊犁州…景区): a longer place written loosely, not a site's name.
 */
const READ_ON = /^[山湖河江海岛峰岭峡溪泉洞]|^[^、，,]*?(?:自治区|[省州县盟旗]|市(?!场))/;

/**
 * The short place a listed attraction is named after, read only as a piece's first place: a
 * later place in the piece is read by its full name (shortPlaceAt stays as it was there).
 */
export function shortSitePlaceAt(
  raw: string,
  lookup: RegionLookup,
  longest = 4,
): { regionText: string; end: number } | null {
  const key = toKey(raw);
  for (let n = longest; n >= 2; n--) {
    if (!namedSiteAfter(key.slice(n))) continue;
    const hit = lookup.splitPrefix(raw.slice(0, n), {});
    if (hit && hit.end === n) return hit;
  }
  return null;
}

/**
 * A piece's first place: the longest of the place spelled out and the short place a listed
 * attraction is named after ("内蒙古陈巴尔虎陶海国家湿地公园": the division list reads 内蒙古 alone
 * and stops, where 陈巴尔虎 written short after it is the banner the park lies in).
 */
export function firstPlaceAt(
  raw: string,
  lookup: RegionLookup,
): { regionText: string; end: number } | null {
  const spelled = lookup.splitPrefix(raw, {});
  // Up to a province and a three-character county written short after it (青海省果洛州玛多). A
  // piece joining a second site with 和/及 is left to the reading of joined places.
  // A county written short after a province and city spelled out (内蒙古自治区呼伦贝尔市扎兰屯
  // 吊桥公园) is read the same way: up to four characters past the spelled place.
  const joined = /[和及]/.test(toKey(raw));
  const longest = joined ? 4 : Math.max(9, (spelled?.end ?? 0) + 4);
  const site = shortSitePlaceAt(raw, lookup, longest);
  const short = shortPlaceAt(raw, lookup);
  if (!spelled) return short ?? site;
  // A province spelled out before its city written short ("天津河西以及江苏泰州"): the division
  // list reads 天津 and stops, where the short name closed by 以及 or the list's predicate is all
  // of the place.
  const longer = short && short.end > spelled.end ? short : spelled;
  return site && site.end > longer.end ? site : longer;
}

/**
 * The place after 和/及 that closes a list of sites each named after its short place
 * ("…甲省简称某山风景名胜区和乙省简称某湖风景名胜区"): when the entry before was such a site,
 * the joined one is read as a piece's first place is, its short place before its own site.
 * Without a site before, a short name and what follows are left to shortPlaceAt.
 */
export function joinedSitePlaceAt(
  raw: string,
  lookup: RegionLookup,
  siteBefore: boolean,
): { regionText: string; end: number } | null {
  return siteBefore ? shortSitePlaceAt(raw, lookup) : null;
}

export function shortPlaceAt(
  raw: string,
  lookup: RegionLookup,
): { regionText: string; end: number } | null {
  const key = toKey(raw);
  for (const n of [7, 6, 5, 4, 3, 2]) {
    if (!CLOSES.test(key.slice(n))) continue;
    const hit = lookup.splitPrefix(raw.slice(0, n), {});
    if (hit && hit.end === n) return hit;
  }
  return null;
}

/** The words an association's name ends with. */
const BODY_END = /(协会|联合会|促进会|基金会|慈善会|总会|商会|研究会)$/;

/**
 * An association named after its city or county written short ("某州公益助学联合会"): the
 * division list reads the short name alone, and the body lies there. Only a name ending as
 * an association's does, with words of its own between place and ending.
 */
export function shortPlacedBody(
  name: string,
  lookup: RegionLookup,
): { regionText: string; end: number } | null {
  const key = toKey(name);
  if (!BODY_END.test(key)) return null;
  for (const n of [3, 2]) {
    if (key.length - n < 4) continue;
    const hit = lookup.splitPrefix(name.slice(0, n), {});
    if (hit && hit.end === n) return hit;
  }
  return null;
}

/** Two places joined by a dash, then the body they run together ("某州—某县工业园区管理委员会"). */
const DASHED_UNIT =
  /^([\u4e00-\u9fff]{2,8}?)[—－–-]{1,2}[\u4e00-\u9fff]{2,24}?(?:管理委员会|委员会|管委会|合作区|发展区|开发区|园区)$/;

/**
 * A body named after two places joined by a dash, as a committee of a zone two places run
 * together is: the whole name is one entry, lying in the first place (where its end is
 * returned). Read as places, the dash would end the first and the second would be no place,
 * and the enumeration would stop there.
 */
export function dashedUnitAt(raw: string, lookup: RegionLookup): number | null {
  const first = DASHED_UNIT.exec(toKey(raw).trim())?.[1];
  if (!first) return null;
  const hit = lookup.splitPrefix(raw.trimStart().slice(0, first.length), {});
  return hit?.end === first.length ? raw.length - raw.trimStart().length + first.length : null;
}
