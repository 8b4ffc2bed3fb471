/**
 * Never silent: "…玉林街道黉门社区等52个社区为…", "…新村乡新乐村等21个行政村被评定为…",
 * "…留耕镇民权村等八个村社的…项目" — a sentence that names a few units and states how many
 * there are, of which nothing was read (the names in a shape no layout knows, the list in an
 * attachment that did not come). The stated count is said, with where it is; the notice
 * yields fewer entries than it says it has.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import { bodyAt, HONOURED_UNIT } from './listed-bodies';
import { looksLikePlace } from './place-like';
import { provinceAt } from './provinces';
import { regionParts } from './region-heuristic';
import { countsActors } from './sentence-pieces';
import { totalBeforeShare } from './share-counts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const EXAMPLES = new RegExp(
  `等(?:在内的)?\\s*([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|家|项|处)`,
  'g',
);
const SENTENCE_END = /[。；;！？!?\n]/;

/** What a unit's name ends with. */
const UNIT_END = /(村|社区|嘎查|居委会|镇|乡|街道|苏木|县|区|市|旗)$/;

/**
 * A park, base or station named after the division that hosts it ("某市某区某镇农村产业融合发展
 * 示范园", "平潭台湾海峡海洋气象福建省野外科学观测研究站"): a unit too, when a division is written
 * out in its name.
 */
const PARK_END = /(?:示范园|产业园|园区|基地|研究站|观测站|试验站|工作站)$/;

/**
 * What a group of honoured bodies is said to have become (or ceased to be) right after its
 * count: "…中心等17家社会组织被评为…", "…公司等89家单位不再符合…认定标准". Bodies counted before
 * anything else ("…等5家社会组织作了交流发言") are a story's actors, no list's.
 */
const BODIES_NAMED =
  /^[^，,。；;！!？?\n]{0,10}?(?:被?评为|被授予|被命名为|被认定为|入选|获评|荣获|榜上有名|上榜|不再符合|被取消|被撤销)/;

/**
 * "另有河北丰宁海留图等21处试点国家湿地公园未通过验收", "山西千泉湖…等66处…通过验收": a unit
 * written by its province's short name (and perhaps a county's) and its own name, no level word
 * at its end, counted with what became of the units — an outcome or an honour right after the
 * count. Province words alone in a sentence ("吉林等三省") name no such unit.
 */
const OUTCOME_AFTER =
  /^[^，,。；;！!？?\n]{0,16}?(?:未?通过(?:了)?验收|被?评为|被授予|被命名为|被认定为|入选|获评|荣获|被取消|被撤销)/;

function provinceLedUnit(piece: string, after: string): boolean {
  if (!OUTCOME_AFTER.test(after)) return false;
  for (let i = 0; i <= 2 && i < piece.length; i++) {
    const hit = provinceAt(piece, i);
    if (hit) return piece.length - i - hit.length >= 3;
  }
  return false;
}

/** Whether the words right before 等 end with a unit's name. */
function namesUnit(before: string, lookup: RegionLookup, after = ''): boolean {
  const piece = before.split(/[、，,：:\s]/).pop() ?? '';
  if (piece.length < 3) return false;
  // An organisation, organ or company named after its place, when the honour follows the count.
  // (A company may open with its province's short name alone: 北京某某有限公司.)
  if (HONOURED_UNIT.test(piece) && BODIES_NAMED.test(after))
    return bodyAt(piece, 0, lookup, HONOURED_UNIT) !== null || provinceAt(piece) !== null;
  if (provinceLedUnit(piece, after)) return true;
  if (!UNIT_END.test(piece)) return PARK_END.test(piece) && writesDivision(piece, lookup);
  if (looksLikePlace(piece)) return true;
  return writesDivision(piece, lookup);
}

/** Whether a division is written out in `piece`, after whatever words lead to it. */
function writesDivision(piece: string, lookup: RegionLookup): boolean {
  // "我省拟推荐成都市武侯区…社区": a division written out, after whatever words lead to it.
  for (let i = 0; i < piece.length - 2; i++) {
    const hit = lookup.splitPrefix(piece.slice(i), {});
    const parts = hit && hit.regionText.length >= 3 ? regionParts(hit.regionText) : null;
    if (parts && (parts.province || parts.city || parts.county)) return true;
  }
  return false;
}

export function unreadCounts(
  doc: KeyedText,
  lookup: RegionLookup,
  lists: ListDraft[],
  records: number,
  warnings: NoticeWarning[],
): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  for (const m of doc.key.matchAll(EXAMPLES)) {
    const at = m.index ?? 0;
    const stated = parseNumber(m[1] ?? '');
    if (stated === null || stated < 2 || stated > 2000 || stated <= records) continue;
    if (warnings.some((w) => w.code === 'count_mismatch' && w.stated === stated)) continue;
    let from = at;
    while (from > 0 && !SENTENCE_END.test(doc.key[from - 1]!)) from--;
    // Anything read from this sentence (kept or set aside as cited examples) is counted by
    // its list; only a sentence read as nothing is said here.
    if (lists.some((l) => l.items.some((it) => it.start >= from && it.start < at + m[0].length)))
      continue;
    const after = doc.key.slice(at + m[0].length, at + m[0].length + 30);
    if (!namesUnit(doc.key.slice(Math.max(from, at - 40), at), lookup, after)) continue;
    // "命名…等642个社区…，安徽省39个社区榜上有名": the round's total, its counted share read.
    if (totalBeforeShare(doc.key, at, stated, lists)) continue;
    // "长春市等24个市、县（区）先后出台…" counts who acted; it promises no list.
    if (countsActors(doc.key.slice(at, at + 40))) continue;
    const lead = doc.key.slice(from, at).search(/[^、，,：:\s]*$/);
    const named = doc.text.slice(Math.max(from + lead, at - 16), at + m[0].length).trim();
    // A cell merged over several rows repeats its sentence: said once.
    if (out.some((w) => w.message.startsWith(`“${named}”`))) continue;
    out.push({
      code: 'count_mismatch',
      message: `“${named}”称有${stated}个，但没有读到其中的条目（名单可能在未随附的附件中，或格式未能识别），请核对`,
      stated,
      found: 0,
    });
  }
  return out;
}
