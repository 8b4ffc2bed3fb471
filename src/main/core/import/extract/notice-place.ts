/**
 * The place a notice is about, when it says so outside its list: a title that starts with
 * it ("嘉兴市新增4家…", "象山县…社区名单"), a headline counting its units ("河南4县(市)
 * 入选"), a bracketed place after the title ("…名单（重庆市）"), or the issuer (a city
 * bureau "福州市民政局", a city paper "青岛日报"). Items that write only a district or a
 * township are read inside it.
 */
import { provinceByName } from './provinces';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const COUNTED =
  /([\u4e00-\u9fff]{2,8}?)(?:[0-9]+|[一二三四五六七八九十两]+)(?:个|家|县|村|镇|乡|城区|街道|社区)/g;
const BRACKETED = /[(（]([\u4e00-\u9fff]{2,10})[)）]\s*$/;
/** Organ or paper words after the place in an issuer's name. */
const ISSUER_TAIL =
  /(人民政府|民政局|民政厅|政府|日报|晚报|晨报|时报|报社|广播电视台|电视台|新闻网|融媒体中心).*$/;

function asContext(text: string, lookup: RegionLookup): RegionContext | null {
  const hit = lookup.splitPrefix(text, {});
  if (!hit || hit.end < 2) return null;
  const written = hit.regionText;
  const key = toKey(written);
  if (provinceByName(key)) return { province: written };
  const parts = regionParts(written);
  if (parts.province && !parts.city && !parts.county && key.length <= parts.province.length)
    return { province: written };
  if (/[州盟]$/.test(key) || (/市$/.test(key) && !parts.county && !parts.countyOnly))
    return { city: written };
  return { county: written };
}

/** The place of a title or issuer, or null when none is stated. */
export function noticePlace(
  title: string | null,
  issuer: string | null,
  lookup: RegionLookup,
): RegionContext | null {
  if (title) {
    const key = toKey(title);
    const bracket = BRACKETED.exec(key);
    if (bracket) {
      const at = bracket.index + bracket[0].indexOf(bracket[1] ?? '');
      const c = asContext(title.slice(at, at + (bracket[1] ?? '').length), lookup);
      if (c) return c;
    }
    const lead = lookup.splitPrefix(title, {});
    // "九龙湖社区获评…": a place written short that only opens a bare unit's name is none.
    const unit = BARE_UNIT_HEAD.exec(key);
    const opensUnit =
      lead !== null &&
      unit !== null &&
      lead.end < unit[0].length &&
      !/(省|市|县|区|州|盟|旗)$/.test(toKey(lead.regionText));
    // A title that starts with its place and goes on about it (not "X关于…" of an organ).
    if (
      lead &&
      lead.end >= 2 &&
      !opensUnit &&
      !/^(民政|人民政府|政府|关于)/.test(key.slice(lead.end)) &&
      !opensEnumeration(title, lead.end, lookup)
    ) {
      const c = asContext(title, lookup);
      if (c) return c;
    }
    for (const m of key.matchAll(COUNTED)) {
      const name = m[1] ?? '';
      for (let s = 0; s < name.length - 1; s++) {
        const at = (m.index ?? 0) + s;
        const c = asContext(title.slice(at, at + name.length - s), lookup);
        if (c && toKey(Object.values(c)[0] ?? '').length === name.length - s) return c;
      }
    }
  }
  if (issuer) {
    const key = toKey(issuer);
    const tail = ISSUER_TAIL.exec(key);
    const place = tail ? issuer.slice(0, tail.index) : null;
    if (place && place.length >= 2) return asContext(place, lookup);
    // Any other office of a place ("某县社区工作指导中心", "某区老龄办"): the place its name opens with.
    const lead = tail ? null : lookup.splitPrefix(issuer, {});
    if (lead && lead.end >= 2 && OFFICE_END.test(key.slice(lead.end)))
      return asContext(issuer, lookup);
  }
  return null;
}

/**
 * "A市、B市入选…": a headline naming several places as the units of its news is about each of
 * them, not one place holding the rest; the first is no place to read the others' short names in.
 */
function opensEnumeration(title: string, end: number, lookup: RegionLookup): boolean {
  const joined = /^\s*(?:、|和|及|与|以及)\s*/.exec(title.slice(end));
  if (!joined) return false;
  const next = lookup.splitPrefix(title.slice(end + joined[0].length), {});
  return next !== null && next.end >= 2;
}

/** The end of an office's name: what an issuer called after its place is. */
const OFFICE_END = /^[\u4e00-\u9fff]{1,12}(中心|办公室|办|委员会|局|站|所|处)$/;

/** How a notice speaks of itself as a city or as a county ("我市…", "全县…"). */
const SPEAKS_AS_CITY = /我市|本市|全市/;
const SPEAKS_AS_COUNTY = /我县|本县|全县|我区|本区|全区/;
const LIST_NAME = /名单|名录/g;
const CLAUSE_OPENER = /^(现将|现把|特将|将|把|对|现)/;
/**
 * A city's own organ written bare announcing the list ("市地名委公布…名录"): the city speaks,
 * as with 我市. Never inside a longer word (各市民政局 and 设区市民政局 are many cities').
 */
const OWN_ORGAN =
  /(?<![\u4e00-\u9fff])市[\u4e00-\u9fff]{1,6}?(?:委员会|委|局|办公室|办|人民政府|政府)(?:近日|日前|正式)?(?:公布|印发|发布|确定|命名|认定|公示)了?/;

/**
 * The place a notice names its own list after, when it speaks as that place: "我市…现将
 * 张家口市绿色社区名单公布如下" under a title with no place is a city's list, and its
 * county groups (桥西区 is in several cities) lie in that city. A clause naming several
 * places ("北京市东城区等…名单") is a national list, not the notice's own place.
 */
export function placeOfOwnList(lead: string, lookup: RegionLookup): RegionContext | null {
  const key = toKey(lead);
  const asCity = SPEAKS_AS_CITY.test(key) || OWN_ORGAN.test(key);
  const asCounty = SPEAKS_AS_COUNTY.test(key);
  if (!asCity && !asCounty) return null;
  for (const m of key.matchAll(LIST_NAME)) {
    const before = key.slice(0, m.index);
    const from = Math.max(...[...'，,。；;：:\n'].map((c) => before.lastIndexOf(c))) + 1;
    let clause = lead.slice(from, m.index).trim();
    const organ = OWN_ORGAN.exec(toKey(clause));
    if (organ?.index === 0) clause = clause.slice(organ[0].length);
    const opener = CLAUSE_OPENER.exec(toKey(clause));
    if (opener) clause = clause.slice(opener[0].length);
    if (/等/.test(clause)) continue;
    const c = asContext(clause, lookup);
    if (c?.city && asCity) return { city: c.city };
    if (c?.county && asCounty) return { county: c.county };
  }
  return null;
}

/** "我县马路镇云台山村": a county speaking of one of its villages by township. */
const OWN_TOWN_VILLAGE =
  /(?:我县|本县|我区|本区)([\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)[\u4e00-\u9fff]{1,8}?村)/;

/**
 * The county a notice speaks as, read from a village it names as its own ("我县马路镇云台山村")
 * when the gazetteer knows one county holding that township and village: a bare 县民政局
 * signing the page is that county's.
 */
export function countyOfOwnVillage(text: string, lookup: RegionLookup): RegionContext | null {
  const m = OWN_TOWN_VILLAGE.exec(toKey(text));
  const c = m?.[1] ? (lookup.countyOfTowns?.([m[1]]) ?? null) : null;
  return c?.county ? { county: c.county } : null;
}

/** A bare community or village heading a title, its name free of counting and verbs. */
const BARE_UNIT_HEAD =
  /^(?:(?![新增个家等的有获评入选和及与为])[\u4e00-\u9fff]){1,8}?(?:社区|村|嘎查)/;

/** A headline opening with a bare community or village ("马槽社区荣获…"). */
const TITLE_UNIT =
  /^([\u4e00-\u9fff]{2,10}?(?:社区|村|嘎查))(?=[^\u4e00-\u9fff]|荣获|获评|入选|入围|上榜|被|成功|喜获|获)/;

/**
 * The county of a unit a headline names bare, read where the body writes that unit after its
 * county ("马槽社区荣获…" over "…从西秀区马槽社区获悉"): a story about one unit is about that
 * county's unit, and the bare name elsewhere in it lies there.
 */
export function countyOfTitleUnit(
  title: string | null,
  text: string,
  lookup: RegionLookup,
): RegionContext | null {
  const name = title ? TITLE_UNIT.exec(toKey(title))?.[1] : undefined;
  if (!name) return null;
  const key = toKey(text);
  for (let i = key.indexOf(name); i >= 0; i = key.indexOf(name, i + name.length)) {
    for (let s = Math.max(0, i - 12); s < i - 1; s++) {
      const hit = lookup.splitPrefix(text.slice(s, i), {});
      if (!hit || hit.end !== i - s) continue;
      const c = asContext(text.slice(s, i), lookup);
      if (c?.county) return { county: c.county };
    }
  }
  return null;
}

/** An addressee line: one organ of one place and a colon ("黄浦区民政局：", "某县人民政府："). */
const ADDRESSEE = /^([\u4e00-\u9fff]{2,12}?)(民政局|人民政府|政府|民政办公室|社会事务局)[:：]$/;

/**
 * A reply addressed to one county's organ is about that county's units: the list under it
 * may write them from the township down (南京东路街道新桥居委会) and the issuer is the city
 * or province above. Only a county-level addressee among the first lines counts.
 */
export function addresseeCounty(
  lines: readonly { key: string }[],
  lookup: RegionLookup,
): string | null {
  const heads = lines
    .map((l) => l.key.trim())
    .filter((k) => k !== '')
    .slice(0, 12);
  for (const key of heads) {
    const m = ADDRESSEE.exec(key);
    if (!m) continue;
    const c = asContext(m[1] ?? '', lookup);
    if (c?.county && toKey(c.county).length === (m[1] ?? '').length) return c.county;
  }
  return null;
}
