/**
 * A news item about officials or experts visiting one place's experiment zone: "赴某某区调研全国
 * …实验区建设", "赴某县开展…试点评估", "对某某街道省级…实验区项目进行进展督查". The visited place is the zone, the
 * story a mention of its record, when the place's name reads as a division on its own. Only
 * where nothing else in the notice reads as a list: a list's own units are never re-read here.
 */
import type { ListDraft } from './drafts';
import { isConfidentRegion } from './region-heuristic';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const DIVISION_END = /(?:省|市|区|县|旗|街道|镇|乡)$/;
const CHECK = '(?:调研|督查|督导|检查|考察|视察|评估|验收)';
const ZONE = '[^。；;，,]{2,30}?(?:实验区|试验区)';
/** "赴某区调研…实验区建设": the place after the going-to word, then the check, then the zone's work. */
const GOES_TO = new RegExp(
  `(?:赴|到|来到|深入)([\\u4e00-\\u9fff]{2,20}?)${CHECK}${ZONE}(?:建设|创建|工作)`,
);
/** A visit to learn from or apply for a pilot, not to check one there. */
const NOT_A_CHECK = '学习|交流|申报|拟';
/**
 * "赴某县开展婚俗改革试点评估工作": the place, then the pilot or zone whose check the visit
 * carries out there (its mid-term or final review may be named): an evaluation, acceptance,
 * inspection or check only, never a study visit (考察学习) or an application.
 */
const EVALUATES_AT = new RegExp(
  `(?:赴|到|来到|深入)([\\u4e00-\\u9fff]{2,20}?)(?:开展|进行)(?:(?!${NOT_A_CHECK})[^。；;，,]){2,30}?(?:实验区|试验区|试点)(?:工作|建设|创建)?(?:中期|终期|结项)?(?:评估|验收|督查|检查)(?!学习|交流)`,
);
/**
 * "对某街道…实验区项目进行督查": the place the check is on, run into its zone's name; the
 * division read from the front of that run is the place.
 */
const CHECKS_ON = new RegExp(
  `对(${ZONE})(?:建设|创建)?(?:工作|项目)?(?:情况)?进行[^。；;，,]{0,6}?${CHECK}`,
);

/**
 * A title's last word naming what a place becomes: no 社区, 小区, 园区, 景区 or 校区 (units in it).
 */
const PLACE_TITLE_END = '(?:县|市|旗|州|(?<![社小园景校])区)';

/**
 * "对芦山县创建全国综合减灾示范县进行市级初验": a place's creation of a title, checked (a step of
 * the creation, no outcome). The whole words between 对 and 创建 are the place; the title must be
 * a programme's (…示范…, …实验…, …试点…), so "对某县创建工作进行检查" names none, and one the place
 * itself becomes (…示范县, …实验区, its own …试点): a title its communities or households earn
 * (…示范社区, …示范户) or the ones it made (创建的10个…) are checked in it, not on it.
 */
const CREATION_CHECKED = new RegExp(
  `对([\\u4e00-\\u9fff]{2,12}?)创建(?!的)[“"]?[^。；;，,“”"]{2,30}?(?:(?:示范|实验|试验|试点|先行)[\\u4e00-\\u9fff]{0,4}?${PLACE_TITLE_END}|试点)[”"]?(?:工作)?进行[^。；;，,]{0,6}?(?:初验|验收|评估|检查|督查|核查|复核)`,
);

export function detectVisitedZone(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  for (const pattern of [GOES_TO, EVALUATES_AT, CHECKS_ON, CREATION_CHECKED]) {
    const m = pattern.exec(doc.key);
    if (!m?.[1]) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const run = doc.text.slice(start, start + m[1].length);
    // The place must read as a division from its first character: "新矸街道" (mistyped),
    // "新城片区" or "该区" place nothing. After 赴 the whole name is the place.
    const hit = lookup.splitPrefix(run, {});
    if (!hit || hit.end < 2 || (pattern !== CHECKS_ON && hit.end !== run.length)) continue;
    const written = run.slice(0, hit.end);
    // Run into the zone's name, the place must end on a division's word or name its levels
    // ("新城片区" reads "新城" as some town's name: no place).
    if (pattern === CHECKS_ON && !isConfidentRegion(written) && !DIVISION_END.test(written))
      continue;
    const end = start + written.length;
    const line = doc.lines.find((l) => l.start <= start && start < l.end);
    return [
      {
        layout: 'sentence',
        items: [{ seq: null, start, end, regionText: written, title: '', warnings: [] }],
        start,
        end,
        lineIndexes: line ? [line.index] : [],
      },
    ];
  }
  return [];
}
