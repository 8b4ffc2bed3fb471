/**
 * A province the notice states as a unit of its programme, not one it names in passing: a later
 * notice or a story makes no province-level record (app/import/notice-changes.ts) unless its own
 * words count the province among the programme's units —
 * - counted by its level among the units designated ("将江苏、安徽两省和宁波等62个城市(镇)列为…试点
 *   地区", "在北京、上海等5个省份开展试点");
 * - one item of a run of units closed by their count and designated ("在北京、新疆自治区阿克苏地区
 *   等20个地方开展…试点");
 * - or designated alone as a unit whose programme is of provinces ("命名山东省为全国医养结合示范省");
 * - or carrying a named pilot out with the places of its run ("辽宁省、重庆市实施…试点": a province
 *   trying a reform for its term is the pilot's unit; not one holding a meeting or study of it);
 * - or a municipality speaking as 我市 that carries a pilot out ("我市试点实施…").
 * A province that only places what follows ("北京、上海等5个省份的12个城市", "三省各有一处"), a
 * count of provinces that designates nothing ("涉及山西…等11个省份", "扩大到了江苏、安徽两省和135个
 * 城市"), a province's organ (两省民政厅) and the notice's own province (我省, 全省) are no such unit.
 */
import { carriesPilotAt, SPEAKER_PILOTS } from './carried-pilot';
import { onAnnouncedProvinceLine } from './province-run-line';
import { provinceAt } from './provinces';
import { toKey } from './text-key';
import type { ExtractedRecord } from './types';

/** Between two provinces of one run: 、 and the joining words. */
const BETWEEN = /^(?:、|，|,|和|及|与|以及)/;

/** A count of the provinces just listed, by their level: 两省, 等5个省份, 3个省(区、市). */
const PROVINCE_COUNT =
  /^等?(?:[0-9]+|[一二两三四五六七八九十]+)个?(?:省份|省区市|省\(区、市\)|省\(自治区、直辖市\)|省区|省|自治区|直辖市)/;

/** The programme's kind of unit, as a designation names it. */
const PROGRAMME = '(?:试点|示范|实验|先行|创建|基地|名单)';

/**
 * After the count: more units joined (和宁波等62个城市(镇)), then what they are made. The
 * designation names the programme's kind of unit (试点, 示范, 实验, 先行, 创建, 基地, 名单);
 * nothing but the joined units may come between, so a distribution (各有一处…), a place of
 * lower units (的12个城市) or an organ (民政厅) is left alone. After the plain verbs 为, 作为 and
 * 成为 ("for", "as") the programme word must end in a unit or the clause (作为试点省份, 为试点。):
 * 两省为全国养老服务试点提供了经验 and 作为示范代表发言 designate nothing.
 */
const DESIGNATED_AFTER = new RegExp(
  `^(?:(?:和|及|以及|与)[^，。；,;：:]{0,30}?)?(?:被)?(?:(?:列为|列入|纳入|确定为|确认为|命名为|认定为|批准为|入选|开展)[^，。；,;]{0,40}?${PROGRAMME}|(?:作为|成为|为)[^，。；,;]{0,40}?${PROGRAMME}(?=(?:工作)?(?:省份|省|地区|城市|单位|县|市|区|名单|[，。；,;）)]|$)))`,
);

/**
 * A province named alone as a unit of a programme of provinces: the verb after it, then the
 * programme's word, ending in its unit 省 or 省份 (…示范省, …试点省份) — never 全省, 我省, 本省 or
 * 各省, nor a standing without a programme (为人口大省, 成为全国第一个出台…的省份).
 */
const NAMED_PROVINCE_UNIT = new RegExp(
  `^(?:被(?:命名|确定|确认|认定|批准|列|选|评|定)?为|(?:命名|确定|确认|认定|批准|列|选|评|定)?为|作为|成为|入选|获批|获评)[^，。；,;、]{0,30}?${PROGRAMME}[^，。；,;、的]{0,10}?(?<![全我本各])省份?(?=$|[，。；,;、"”」』》)和及与的]|名单|称号)`,
);

/**
 * Before the run, the batch it makes up (第一批包括江苏、安徽两省和…): the provinces are the
 * batch's units whatever verb the sentence ends on.
 */
const BATCH_BEFORE = /(?:第[一二三四五六七八九十0-9]+批|首批)[^，。；,;]{0,4}?(?:包括|包含|为|是)$/;

/**
 * A province as one item of a run of units closed by their count (民政部将在北京、新疆自治区阿克苏
 * 地区等20个地方开展…试点): the province stands alone between 、 or 和 (a province followed by its
 * own city only places it), nothing in the run places its units (的), and the count designates.
 */
const ITEM_OF_COUNTED_UNITS = new RegExp(
  `^(?:、|和|及|与)[^，。；,;的]{2,40}?等(?:[0-9]+|[一二两三四五六七八九十百]+)个(?:地方|地区|单位|城市|市县|县市)${DESIGNATED_AFTER.source.slice(1)}`,
);

/**
 * A clause ranking the provinces counted (两省为全国示范县数量最多的省份, 三省位居前列): their
 * share of the programme's units, not units of their own.
 */
const RANKED = /^[^，。；,;]*?(?:最多|最少|数量|位居|居全国|排名|位列|前列)/;

/** Where the run of provinces starting at `at` ends, each joined to the last. */
function runEnd(key: string, at: number): number {
  let end = at;
  for (;;) {
    const hit = provinceAt(key, end);
    if (!hit) return end;
    end += hit.length;
    const join = BETWEEN.exec(key.slice(end));
    if (!join || !provinceAt(key, end + join[0].length)) return end;
    end += join[0].length;
  }
}

/** Where the run holding the province at `at` starts (the first province of "江苏、安徽两省"). */
function runStart(key: string, at: number, end: number): number {
  let start = at;
  for (let p = at - 1; p >= Math.max(0, at - 80); p--)
    if (provinceAt(key, p) && runEnd(key, p) === end) start = p;
  return start;
}

/** Whether `key` states the province written at `at` as a unit of the notice's programme. */
export function statesProvinceUnit(key: string, at: number): boolean {
  const own = provinceAt(key, at);
  if (!own) return false;
  const afterOwn = key.slice(at + own.length);
  if (NAMED_PROVINCE_UNIT.test(afterOwn) || ITEM_OF_COUNTED_UNITS.test(afterOwn)) return true;
  // A tier line of provinces under its heading (省级(10个): over 河北省、江苏省…) lists them.
  if (onAnnouncedProvinceLine(key, at)) return true;
  // Provinces carrying a named pilot out themselves, counted or not ("辽宁省、山东省实施…试点").
  if (carriesPilotAt(key, at, own.length, (t) => provinceAt(t)?.length ?? 0)) return true;
  const end = runEnd(key, at);
  const count = PROVINCE_COUNT.exec(key.slice(end));
  if (!count) return false;
  const after = key.slice(end + count[0].length);
  if (RANKED.test(after)) return false;
  if (DESIGNATED_AFTER.test(after)) return true;
  const start = runStart(key, at, end);
  return BATCH_BEFORE.test(key.slice(Math.max(0, start - 16), start));
}

/** The region written is a province alone (江苏, 山东省), not a place inside one. */
function provinceOnly(r: ExtractedRecord): boolean {
  const text = toKey((r.regionText ?? '').trim());
  return text !== '' && provinceAt(text)?.length === text.length;
}

/**
 * The records whose province the notice states as a unit of its programme, marked so (a
 * retold unit stays a mention only: it is never marked).
 */
export function markStatedProvinces(key: string, records: ExtractedRecord[]): ExtractedRecord[] {
  return records.map((r) =>
    !r.retold &&
    provinceOnly(r) &&
    (statesProvinceUnit(key, r.span.start) || SPEAKER_PILOTS.test(key.slice(r.span.start)))
      ? { ...r, statedProvince: true as const }
      : r,
  );
}
