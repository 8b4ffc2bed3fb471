/**
 * A notice writes its own place's names short: a city bureau signs "市民政局", a province's
 * programme is called "基层治理创新典型案例" in the province's own notice. The ledger keeps
 * them whole, qualified by the place the notice gives, so that two places' lists of the same
 * name never merge and a bureau is known by its city.
 */
import type { RegionContext, RegionLookup } from './types';
import { toKey } from './text-key';

/**
 * A programme name that already says whose it is: a scope word, also after the programme's
 * verb (建设国家…), the nation's own name (中华慈善奖, 中国…奖: a province relaying its share
 * names the nation's award, never one of its own), or a place.
 */
const SCOPED =
  /^(?:建设|创建|争创)?(?:全国|国家级?|中华|中国)|^(?:全省|全市|全县|省级|市级|县级|区级|我省|本省|我市|本市)/;
const ADMINISTRATIVE = /(?<!社)(省|市|县|区|州|盟|旗)$/;
const YEAR = /^(?:19|20)[0-9]{2}年度?/;

/**
 * A bare "区民政局" the notice itself writes in full elsewhere (its title "吴兴区民政局…", a
 * disclosure line's 发文单位 "武汉市汉阳区人民政府办公室"): that full name, when every place
 * the text writes before the organ is one place (or a longer form of it).
 */
export function issuerWrittenInFull(
  issuer: string | null,
  text: string,
  lookup: RegionLookup,
): string | null {
  const level = issuer ? /^(市|县|区)(?=[\u4e00-\u9fff]{2,})/.exec(issuer)?.[1] : undefined;
  if (!issuer || !level) return issuer;
  const organ = issuer.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const places = new Set<string>();
  for (const m of toKey(text).matchAll(
    new RegExp(`([\u4e00-\u9fff]{1,12}?${level})${organ}`, 'g'),
  )) {
    // the longest tail of the words before the organ that is wholly a place
    const before = m[1]!;
    for (let i = 0; i + 2 <= before.length; i++) {
      const tail = before.slice(i);
      const hit = lookup.splitPrefix(tail, {});
      if (hit && hit.end === tail.length) {
        places.add(tail);
        break;
      }
    }
  }
  const longest = [...places].sort((a, b) => b.length - a.length)[0];
  if (!longest || [...places].some((p) => !longest.endsWith(p))) return issuer;
  return longest + issuer.slice(1);
}

/** "市民政局" signed under a notice about 台州市 is 台州市民政局. */
export function placedIssuer(issuer: string | null, place: RegionContext | null): string | null {
  if (!issuer || !place) return issuer;
  const level = /^(市|县|区)(?=[\u4e00-\u9fff]{2,})/.exec(issuer)?.[1];
  if (!level) return issuer;
  const named = [place.city, place.county].find((p) => p && toKey(p).endsWith(level));
  return named ? named + issuer.slice(1) : issuer;
}

/** The place an organ's name starts with (湖南省民政厅 → 湖南省), or null for a national organ. */
export function organPlace(issuer: string | null, lookup: RegionLookup): string | null {
  if (!issuer) return null;
  const hit = lookup.splitPrefix(issuer, {});
  return hit && hit.end >= 2 ? hit.regionText : null;
}

/** A place without its level word: 广西壮族自治区 → 广西, 湖南省 → 湖南, 台州市 → 台州. */
function shortPlace(place: string): string {
  return place.replace(/(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市|州|县|区)$/, '');
}

/** The scopes a national programme is written with in front of its name. */
const NATIONAL_SCOPES = ['国家级', '国家', '全国'];

/**
 * `scopedProgramme` for one notice's records, each programme scoped once: the records mostly
 * share one, which was keyed, split and searched for in the story again for every record.
 */
export function scopedProgrammes(
  place: string | null,
  lookup: RegionLookup,
  story?: string,
): (name: string) => string | null {
  const scoped = new Map<string, string | null>();
  return (name) => {
    if (!scoped.has(name)) scoped.set(name, scopedProgramme(name, place, lookup, story));
    return scoped.get(name) ?? null;
  };
}

/** A bare programme name qualified by the notice's place, after its year when it has one. */
export function scopedProgramme(
  name: string | null,
  place: string | null,
  lookup: RegionLookup,
  story?: string,
): string | null {
  if (!name || (!place && !story)) return name;
  const year = YEAR.exec(name)?.[0] ?? '';
  const rest = name.slice(year.length);
  if (SCOPED.test(rest) || (place && rest.startsWith(toKey(place)))) return name;
  // A story placed only by its headline that writes the same name with a national scope
  // elsewhere (…命名第三批国家某某示范市县…, then 等6地被命名为某某示范市县) tells of that
  // national programme, never of the province's own.
  const national = story ? NATIONAL_SCOPES.find((s) => story.includes(s + rest)) : undefined;
  if (national) return year + national + rest;
  // Published by an organ named after no place, a name the story never writes whole stays bare.
  if (!place) return name;
  // The place's short name in front ("广西特色名村" of 广西壮族自治区) already says whose.
  const short = shortPlace(toKey(place));
  if (short.length >= 2 && rest.startsWith(short)) return name;
  // A place of its own in front (湖南省…, 台州市…); "城乡社区…" is no place.
  const hit = lookup.splitPrefix(rest, {});
  if (hit && hit.end >= 2 && ADMINISTRATIVE.test(toKey(hit.regionText))) return name;
  return year + toKey(place) + rest;
}
