/**
 * Whether a word is written like a place: the shapes of county, township, village, hamlet
 * and state-farm names, for words the division list cannot place on its own.
 */
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import { ESTATE_REST } from './village-rests';

/** A township and its community or village, and what follows them. */
const TOWN_AND_VILLAGE =
  /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)[\u4e00-\u9fff]{1,10}?(?:村|社区)(?=(.+)$)/;

/** An area's managing committee standing where a township would, then its community or village. */
const ZONE_COMMITTEE_UNIT =
  /^[\u4e00-\u9fff]{2,10}?(?:管委会|管理委员会)[\u4e00-\u9fff]{2,10}(?:村|社区)$/;

/**
 * An honour a place holds, written like a township ("中国温泉之乡", "中国历史文化名镇" beside the
 * town that holds it): the nation's or the country's own, or a "home of" something. No
 * township is named so (中华镇 is, and the division list reads it before any of this).
 */
const NAMES_HONOUR = /^(?:中国|全国)[\u4e00-\u9fff]{2}|之乡$/;

/** Whether a word names an honour a place holds, written like a township (NAMES_HONOUR). */
export const namesHonour = (text: string): boolean => NAMES_HONOUR.test(toKey(text).trim());

/**
 * A word written like a place that the division list cannot place on its own: a misspelt
 * county ("壁山县"), or a township and village whose county the item before gives
 * ("黄岛区A镇X村、B镇Y村").
 */
export function looksLikePlace(text: string): boolean {
  const key = toKey(text).trim();
  if (NAMES_HONOUR.test(key)) return false;
  return (
    /^[\u4e00-\u9fff]{1,7}(县|区|市|旗)$/.test(key) ||
    /^[\u4e00-\u9fff]{1,8}(镇|乡|街道|苏木)([\u4e00-\u9fff]{1,10}(村|社区|嘎查|居委会))?$/.test(
      key,
    ) ||
    // "森林乡村", "美丽乡村": the countryside, not a village's name.
    (/^[\u4e00-\u9fff]{2,10}(村|社区|嘎查)$/.test(key) && !/(乡村|农村)$/.test(key)) ||
    // A natural village or group below its village ("五一村党苟寨", "潘里村八组").
    /^([\u4e00-\u9fff]{1,8}(镇|乡|街道|苏木))?[\u4e00-\u9fff]{1,10}村[\u4e00-\u9fff]{1,5}(寨|组|屯|庄)$/.test(
      key,
    ) ||
    // A state farm, counted as a township in the statistical divisions, or a branch of it
    // ("上十岭垦殖场秋林分场").
    /^[\u4e00-\u9fff]{2,10}(垦殖场|农场|林场|牧场|茶场|渔场|园艺场)([\u4e00-\u9fff]{1,6}(分场|管理区|作业区))?$/.test(
      key,
    ) ||
    // A village written without 村 right after its township ("青云镇柳庄"): a short name,
    // no verb or counting word in it.
    /^[\u4e00-\u9fff]{1,6}(镇|乡|街道)(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){2,3}$/.test(
      key,
    ) ||
    // A residential estate after its township and community ("某街道某社区某某小区").
    ESTATE_REST.test(TOWN_AND_VILLAGE.exec(key)?.[1] ?? '') ||
    // A community or village under the committee that runs an area in a township's stead
    // ("某库区管委会某社区", "某园区管理委员会某村"): the committee is no division, the unit is.
    ZONE_COMMITTEE_UNIT.test(key)
  );
}

/** The township and community an estate is written after ("某街道某社区某某小区" → "某街道某社区"). */
export function withoutEstate(text: string): string {
  const key = toKey(text).trim();
  const m = TOWN_AND_VILLAGE.exec(key);
  return m && ESTATE_REST.test(m[1] ?? '') ? key.slice(0, key.length - m[1]!.length) : text;
}

/**
 * A name ending like a county the list could not read (a misspelt "壁山县"); 社区 ends in 区
 * but is a community, and so does an estate after its township and community ("…社区某小区").
 */
export function writtenAsCounty(text: string): boolean {
  const key = toKey(text);
  return /(县|(?<!社)区|市|旗)$/.test(key) && !/(镇|乡|街道|苏木).*(村|社区)/.test(key);
}

/** Words at the start of the rest that continue a place name rather than follow it. */
const COUNTY_SUFFIX = /(县|区|市|旗)$/;

/** "…大墩村和临夏县榆林乡窑湾村": after 和 a place written from its county is a second entry. */
export function namesCountyOrAbove(name: string): boolean {
  const parts = regionParts(name);
  return !!(parts.province || parts.city || parts.county);
}

export function startsAtCountyOrAbove(key: string): boolean {
  const parts = regionParts(key);
  return !!(parts.province || parts.city || parts.county) || !parts.belowCounty;
}

/**
 * A community's name alone, no township or county written before it: it ends in 区 as a
 * district's does.
 */
const BARE_COMMUNITY = /^(?:(?![镇乡县市旗]|街道|苏木)[\u4e00-\u9fff]){1,8}社区$/;

/**
 * The next region must itself be a county-level name or more, not a word like 社区. A
 * community written alone right after a place ("禹城市老城社区": the division list knows a
 * 老城社区 elsewhere) is the unit inside that place, no second place; one written after its
 * own township ("…社区某街道某社区") still starts a second name.
 */
export function isWholePlaceStart(key: string, end: number): boolean {
  const name = key.slice(0, end);
  if (/^[等的为在以并共各]/.test(name) || BARE_COMMUNITY.test(name)) return false;
  return name.length >= 2 && (COUNTY_SUFFIX.test(name) || /(省|州|盟|地区)$/.test(name));
}

/**
 * "…湛江和云浮。": two places written short, joined by 和 at the end of an enumeration, are its
 * last two entries, the second as short as the first (no level word on either).
 */
export function shortNamePair(first: string, second: string): boolean {
  const short = (name: string): boolean =>
    /^[\u4e00-\u9fff]{2,3}$/.test(name) && !/[省市州盟县区旗镇乡村]$/.test(name);
  return short(first) && short(second);
}
