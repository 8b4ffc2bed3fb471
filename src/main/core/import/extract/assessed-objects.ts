/**
 * An enumeration that is the object of an assessment, as later notices report one: "对申报…的
 * 山东省龙口市、…、云南省临沧市等省级实验区进行了考察", "到江安县对…的大井镇九角村、底蓬镇邵湾村、
 * 留耕镇民权村等八个村社的…项目进行了实地踏勘验收". The places are what was inspected, accepted
 * or reviewed — the entries of the notice — not the subject of an activity nor the stops of a
 * visit. Both halves must be there: 对 right before the first place (perhaps with an attributive
 * clause ending in 的 between), and after the last place the assessing verb, with nothing but
 * the group's count and noun, or the thing assessed after 的, in between.
 */
import { provinceByName } from './provinces';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** 对, or 对 and an attributive clause (对申报…的), right before the first place. */
const OBJECT_LEAD = /对(?:[^，。；,;:：对]{0,30}的)?$/;
/**
 * The verb that assesses the places, after the last one ("等…实验区进行了考察", "等9个申报…的…
 * 进行检查": 检查 is the plainest check of all), the group's 等 or its count in words before it
 * ("两个…社工站进行集中评估").
 */
const ASSESSING =
  /^(?:(?:等|[一二两三四五六七八九十]{1,3}个)[^，。；,;:：]{0,20}?)?(?:的[^，。；,;:：]{0,30}?)?(?:进行|开展|组织|实施)了?[^，。；,;:：]{0,8}?(?:验收|考察|评估|复核|考核|评审|审核|核查|检查|初验|复查)/;

/**
 * An assessing verb right before the places ("现场检查了A、B和C的示范区"): what was checked
 * is the places, or their thing after 的. A visit's verbs (调研, 考察, 视察) are no such verb.
 */
const VERB_LEAD = /(?:检查|验收|评估|复核|核查|抽查|考核|评审|初验)了$/;

/** A sentence reporting that something was assessed ("对…进行了实地踏勘验收"). */
const ASSESSMENT = new RegExp(`对[^。；;]{2,120}?${ASSESSING.source.slice(1)}`);

/** Whether a text reports an assessment of what it names (a later notice's own event). */
export function reportsAssessment(key: string): boolean {
  return ASSESSMENT.test(key);
}

/**
 * A review's verdict that keeps titles, its object after 对 ("决定对A村等1441个村（社区）保留
 * “…”称号"): the places are the titles the review keeps, the entries of the notice, as those of
 * an assessment are. Only keeping: a title taken away needs its outcome read, not just its place.
 */
const KEEPING_VERDICT = /对[^。；;]{2,80}?(?:予以|继续)?保留[^。；;]{0,40}?称号/;

/** Whether a text keeps the titles of what it names after 对 (a review's verdict). */
export function reportsKeptTitles(key: string): boolean {
  return KEEPING_VERDICT.test(key);
}

/**
 * Whether the words before a list (`intro`) and after its last place (`rest`) make its
 * `places` assessed. One place alone ("对蜀山区社会工作进行评估") is rather where the work was
 * looked at, unless it stands for a group (等…).
 */
export function isAssessedObject(intro: string, rest: string, places: number): boolean {
  const after = toKey(rest).trim();
  if (places < 2 && !after.startsWith('等')) return false;
  const lead = toKey(intro).trimEnd();
  if (VERB_LEAD.test(lead) && /^(?:等|的)/.test(after)) return true;
  return OBJECT_LEAD.test(lead) && ASSESSING.test(after);
}

/**
 * Where the first place starts in a piece that opens with the object's lead ("到江安县对我集团
 * 实施建设的大井镇九角村" → at 大井镇): right after 对 or after the 的 that closes its clause, if
 * what follows reads as a place; -1 when the piece has no such lead.
 */
export function objectStart(pieceKey: string, isPlace: (text: string) => boolean): number {
  const at = pieceKey.lastIndexOf('对');
  if (at < 0) return -1;
  const starts = [at + 1];
  for (let i = pieceKey.indexOf('的', at); i >= 0; i = pieceKey.indexOf('的', i + 1))
    starts.push(i + 1);
  // The nearest start first: the name never holds the clause's 的.
  for (const from of starts.reverse()) {
    if (!OBJECT_LEAD.test(pieceKey.slice(0, from))) continue;
    if (from < pieceKey.length && isPlace(pieceKey.slice(from))) return from;
  }
  return -1;
}

/** An assessing verb's 了 in a piece, where its object may start (VERB_LEAD). */
const VERB_AT = new RegExp(VERB_LEAD.source.replace(/\$$/, ''), 'g');

/**
 * Where the first place starts in a piece that opens with an assessing verb ("细致考核了雷池镇
 * 红旗中心村" → at 雷池镇): right after the verb's 了, if what follows reads as a place; -1
 * when the piece has no such verb.
 */
export function verbObjectStart(pieceKey: string, isPlace: (text: string) => boolean): number {
  for (const m of pieceKey.matchAll(VERB_AT)) {
    const from = m.index + m[0].length;
    if (from < pieceKey.length && isPlace(pieceKey.slice(from))) return from;
  }
  return -1;
}

/**
 * The county (or city) a sentence names before its assessed townships ("到江安县对…的大井镇
 * 九角村…"), as their context: the last such place in `before`, taken only when the division
 * list places one of the townships in it (it agrees; a town merged away since says nothing
 * against it). A province alone is too wide to say where a township lies.
 */
export function countyNamedBefore(
  before: string,
  towns: readonly string[],
  lookup: RegionLookup,
): RegionContext | null {
  let place: string | null = null;
  for (let i = 0; i < before.length; i++) {
    if (!/[\u4e00-\u9fff]/.test(before[i]!)) continue;
    const hit = lookup.splitPrefix(before.slice(i), {});
    if (!hit || hit.end < 2) continue;
    const parts = regionParts(hit.regionText);
    if (!parts.belowCounty && !provinceByName(toKey(hit.regionText))) place = hit.regionText;
    i += hit.end - 1;
  }
  if (!place) return null;
  const named = place;
  const agrees = towns.some((t) => {
    const hit = lookup.splitPrefix(`${named}${t}`, {});
    return hit !== null && hit.end > named.length;
  });
  if (!agrees) return null;
  const province = lookup.provinceOf?.(named) ?? null;
  const parts = regionParts(named);
  const county = parts.county ?? (parts.countyOnly ? named : null);
  return { ...(province ? { province } : {}), ...(county ? { county } : { city: named }) };
}
