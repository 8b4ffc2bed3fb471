/**
 * A short story's one to three units named by their township or community alone in the
 * sentence that tells their honour ("我市A乡和B镇榜上有名", "该街道C社区被国家民政部授予…称号",
 * "D社区志愿服务广场被命名为…"). No county stands beside them: the page carries it elsewhere —
 * in its outlet's or column's name (来源：今日某某, 某某新闻网讯, 栏目 文明某某), in its headline —
 * or nowhere, the towns being one of a kind in the country. The units are read only when the
 * division list places every one of them inside one county or city the page writes before
 * them (or the towns alone name one county); a sentence whose names no such place holds
 * yields nothing, so a reporter's town or a visitor's city is never taken for the units'.
 * 该街道 / 该镇 stand for the street or town the sentence named just before.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { FACILITY_NAMES } from './facility-nouns';
import { countyWrittenLater } from './names-placed-later';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** How far into the text the honour's sentence may start: the headline and the lead. */
const LEAD = 600;
/** Words that may open the clause before its first name. */
const OPENER =
  '(?:(?:近日|日前|目前|其中|最终|此次|同时)[，,]?)?(?:我(?:市|县|区|旗)|本(?:市|县|区)|(?<referred>该(?:街道|镇|乡)))?';
/** A township, or a community or village with or without its township, named bare. */
const CH = '(?:(?![的在等和与及为是被从对向由将把])[\\u4e00-\\u9fff])';
const NAME = `(?:(?:${CH}{2,10}?(?:街道|镇|乡))?${CH}{2,10}?(?:社区|村)|${CH}{2,10}?(?:街道|镇|乡))`;
/** A facility the unit is named by ("某社区志愿服务广场"): it lies in the unit. */
const FACILITY = `(?:${FACILITY_NAMES}|(?:志愿服务|文化|健身)?(?:广场|驿站|书屋|公园))?`;
/** The words after the names that tell the honour. */
const HONOUR =
  '(?:还|也|均|都|分别|成功|光荣)?(?:榜上有名|上榜|入选|荣获|获评|被[^。；;，,“”"]{0,14}?(?:授予|命名|评为|评定为|认定为|确定为|表彰为))';
const SEPARATOR = '(?:和|、|及|与|以及)';
const CLAUSE = new RegExp(
  `(?:^|[，,：:])\\s*${OPENER}(?<run>${NAME}${FACILITY}(?:${SEPARATOR}${NAME}${FACILITY}){0,2})${HONOUR}`,
  'g',
);
/** A home or institution a plaque is unveiled at ("在某镇福利院揭牌"): it lies in the unit. */
const HOME = `(?:${CH}{0,4}?(?:福利院|敬老院|养老院|卫生院|服务中心|活动中心))?`;
/**
 * A plaque unveiled or handed over at the unit its honour names: "…的揭牌仪式在某镇某社区举行",
 * "…在某镇福利院揭牌", "为…的某街道某社区举行…授牌仪式". The place the ceremony is held at is
 * the honoured unit.
 */
const PLAQUE = new RegExp(
  `(?:(?:揭牌|授牌|挂牌)仪式[^。；;，,]{0,6}?在(?<held>${NAME}${FACILITY}${HOME})(?:隆重)?举行` +
    `|[在为的](?<at>${NAME}${FACILITY}${HOME})(?:举行[^。；;，,]{0,24}?)?(?:揭牌|授牌|挂牌))`,
  'g',
);
const ONE_NAME = new RegExp(`(${NAME})${FACILITY}`, 'g');
/** The street or town a sentence named before 该街道 / 该镇 ("从某某街道民政办获悉"). */
const NAMED_BEFORE = /(?:(?![从在由向对到和与及的自据于了])[\u4e00-\u9fff]){2,5}?(?:街道|镇|乡)/g;

interface Named {
  start: number;
  end: number;
  /** The place as written in the key. */
  place: string;
  /** Written after 该街道 / 该镇: it lies in the street or town named before. */
  referred: boolean;
}

/** The sentences of the key's lead (split at 。！？ and line ends). */
function leadSentences(key: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^。！？!?\n]+/g;
  for (let m = re.exec(key); m && m.index < LEAD; m = re.exec(key))
    out.push({ start: m.index, text: m[0] });
  return out;
}

/** The street or town 该街道 / 该镇 stands for: the last one the sentence named before it. */
function antecedents(before: string, word: string): string[] {
  const level = word.slice(1);
  const found = [...before.matchAll(NAMED_BEFORE)].filter((m) => m[0].endsWith(level));
  const last = found[found.length - 1];
  if (!last) return [];
  // The shortest name first: the characters before a name are not part of it as often as not.
  const out: string[] = [];
  for (let n = level.length + 2; n <= last[0].length; n++) out.push(last[0].slice(-n));
  return out;
}

/** The names of one honour clause, with their spans in the key. */
function namesOf(clause: RegExpExecArray, at: number): Named[] {
  const run = clause.groups!.run ?? clause.groups!.held ?? clause.groups!.at;
  if (!run) return [];
  const referred = clause.groups!.referred !== undefined;
  const runAt = at + clause.index + clause[0].lastIndexOf(run, clause[0].length - 1);
  const out: Named[] = [];
  for (const m of run.matchAll(ONE_NAME)) {
    const start = runAt + m.index;
    out.push({ start, end: start + m[1]!.length, place: m[1]!, referred });
  }
  return out;
}

/**
 * The place that holds every name (each after the street or town 该街道 stands for): one the
 * page writes before them, or the towns' own county.
 */
function holder(
  names: Named[],
  town: string,
  frame: string,
  lookup: RegionLookup,
): RegionContext | null {
  const asked = names.map((n) => (n.referred ? town + n.place : n.place));
  return lookup.placeHolding?.(asked, frame) ?? lookup.countyOfTowns?.(asked) ?? null;
}

export function detectHonouredTowns(doc: KeyedText, lookup: RegionLookup): ListDraft | null {
  if (!lookup.placeHolding && !lookup.countyOfTowns) return null;
  for (const sentence of leadSentences(doc.key)) {
    const names: Named[] = [];
    let referred: string | null = null;
    let clauseAt = -1;
    let plaque = false;
    for (const clause of [CLAUSE, PLAQUE]) {
      if (names.length > 0) break;
      plaque = clause === PLAQUE;
      clause.lastIndex = 0;
      for (let m = clause.exec(sentence.text); m; m = clause.exec(sentence.text)) {
        const found = namesOf(m, sentence.start);
        if (found.length === 0 || names.length + found.length > 3) continue;
        referred ??= m.groups?.referred ?? null;
        if (clauseAt < 0) clauseAt = sentence.start + m.index;
        names.push(...found);
      }
    }
    if (names.length === 0) continue;
    // The page before the honour's clause: headline, source and column lines, the dateline.
    const frame = doc.key.slice(0, clauseAt + 1);
    const before = doc.key.slice(sentence.start, clauseAt + 1);
    const towns = referred ? antecedents(before, referred) : [''];
    let context: RegionContext | null = null;
    for (let i = 0; i < towns.length && !context; i++)
      context = holder(names, towns[i]!, frame, lookup);
    // Names the page writes again after their county elsewhere (我市A社区…; 某区A社区…).
    // Named after 我市, in the page's own city: one the page before the clause writes.
    const ownCity = /我市|本市/.test(sentence.text) ? frame : null;
    if (!context && !referred) context = countyWrittenLater(doc, names, lookup, ownCity);
    // A headline naming the plaque's unit short ("某局为某社区授牌") leaves it to the body.
    if (!context && plaque) continue;
    if (!context) return null;
    const items: ItemDraft[] = names.map((n) => ({
      seq: null,
      start: n.start,
      end: n.end,
      regionText: doc.text.slice(n.start, n.end),
      regionContext: context,
      title: '',
      warnings: [],
    }));
    const lineIndexes = [
      ...new Set(
        items.flatMap((it) => doc.lines.filter((l) => l.start <= it.start && it.start < l.end)),
      ),
    ].map((l) => l.index);
    return {
      layout: 'sentence',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      lineIndexes,
      feature: true,
    };
  }
  return null;
}
