/**
 * Asides between a place and the verb that makes it a member: what it is listed for, how it
 * stands out, its period. The verb after an aside still makes the place a member.
 */
import type { Piece } from './prose-labels';
import { toKey } from './text-key';

/**
 * What the place is listed for, after 以 and before the membership verb ("…柏柳村以福鼎白茶
 * 被认定…", "…村以鼎逗豆蚕豆上榜…"): the entry's product or title, not part of the place.
 */
export const FOR_WHAT =
  /^以[“"「]?((?:(?![，。,;；、以被的])[\u4e00-\u9fff]){2,12}?)[”"」]?(?=(?:被|成功|光荣|顺利)?(?:认定|命名|评为|评选为|确定为|认定为|入选|入围|获评|荣获|上榜|榜上有名))/;
/**
 * How the place stands out, between it and its membership verb ("…社区作为全市唯一一个社区
 * 成功入选"): an aside, the verb after it still makes the place a member.
 */
export const ONLY_ONE =
  /^作为[^，。,;；]{0,16}?唯一(?:一个|一家|的)?(?:社区|村|乡镇|镇|乡|街道|单位|县|区)?(?=(?:成功|光荣|顺利)?(?:入选|入围|上榜|获评|荣获|被))/;
/**
 * When the place became a member, told between it and its verb ("…某某社区日前被授予…称号",
 * "…社区近日入选…"): an aside of time, the verb after it still makes the place a member.
 */
export const WHEN_ASIDE =
  /^(?:日前|近日|近期|最近|前不久|不久前|此前|今年|去年)(?=(?:被|成功|光荣|顺利)?(?:入选|入围|上榜|获评|荣获|评为|认定为|命名为|确定为)|被)/;
/**
 * The unit's own name after its place, before the count of the group it opens ("同意将某区某镇
 * 某村农村产业融合发展示范园等100个单位认定为…"): the name of a park, base or zone at that place,
 * an aside; the count after it still closes the group with the place as its example.
 */
export const UNIT_NAME_BEFORE_COUNT =
  /^(?:(?![等和及与被为、])[\u4e00-\u9fff]){2,20}?(?:示范园|产业园|园区|基地|示范区|试验区|实验区)(?=等\s*(?:[0-9]+|[一二两三四五六七八九十百千]+)\s*(?:个|家|项|处|所))/;

/**
 * A unit's period told right after its name, before what it is ("某区自2030年4月至2033年4月，
 * 为…实验区"): an aside of dates; the verb after it still says what the unit is.
 */
const DAY = '[0-9]{1,2}月(?:[0-9]{1,2}日)?';
const START = `(?:19|20)[0-9]{2}年(?:${DAY})?`;
const END = `(?:(?:19|20)[0-9]{2}年(?:${DAY})?|${DAY})`;
const PERIOD = `(?:自|从)?${START}(?:起)?(?:至|到|—|－|-|～|~)${END}(?:止|底)?`;

/** The aside at the start of what follows a place, with its comma. */
export const PERIOD_ASIDE = new RegExp(`^${PERIOD}\\s*[，,]?\\s*`);
/** A piece that ends on the aside, after something before it (the place). */
const ENDS_ON_PERIOD = new RegExp(`[^\\s，,]${PERIOD}\\s*$`);

/**
 * "某区自…至…，为…": a piece cut at the comma after the aside, joined to the piece after it so
 * the place is read with what it is; null when piece k does not end on such an aside.
 */
export function joinedOverPeriod(pieces: readonly Piece[], k: number): Piece | null {
  const p = pieces[k];
  const next = pieces[k + 1];
  if (!p || !next || !/^[，,]$/.test(p.sep) || !ENDS_ON_PERIOD.test(toKey(p.text))) return null;
  return { text: p.text + p.sep + next.text, start: p.start, sep: next.sep };
}
