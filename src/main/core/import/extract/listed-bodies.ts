/**
 * Organisations named in one sentence of a story: "…，某省某某协会、某市某某基金会、某县某某
 * 中心3家社会组织榜上有名", "…，包括某省某某协会、…和某州某某服务中心". Each is an entry at the
 * place its own name opens with, the name its unit. What makes the run a list is its shape:
 * every name ends in the noun of an organisation and opens with a place, and either a count of
 * its kind right after it equals the names read, or a word announcing them (包括, 分别是, 有)
 * stands right before the first. A run that is neither (a place and its bodies in passing) is
 * left to the other readers.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import { NAMED_BODY } from './place-lines';
import { provinceAt } from './provinces';
import { shortCityStem } from './short-city-stem';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** A count of the names' kind after the last one ("3家社会组织", "等5个单位"). */
const COUNT_KIND = new RegExp(
  `\\s*等?\\s*${N}\\s*[家个]\\s*(?:[\\u4e00-\\u9fff]{0,6}(?:组织|单位|机构|团体))`,
);
/** A word announcing the names, right before the first. */
const ANNOUNCES = /(?:包括|分别是|分别为|共有|即|有)[:：]?\s*$/;
/** Reference marks a summary ends its lines with ("… [1]"). */
const REFERENCE = /\s*(?:[[［【]\s*\d+\s*[\]］】]\s*)+$/;
const CLAUSE = /[^，,。；;！!？?：:\n]+/g;

export interface Name {
  start: number;
  end: number;
  /** Where the place its name opens with ends. */
  placeEnd: number;
}

/** The organisation `raw` (the text's key) names after its place, or null. */
export function bodyAt(
  raw: string,
  start: number,
  lookup: RegionLookup,
  nouns = NAMED_BODY,
): Name | null {
  const t = raw.trim();
  if (t.length < 5 || t.length > 30 || /[\s“”"（）()]/.test(t) || !nouns.test(t)) return null;
  const end = lookup.splitPrefix(t, {})?.end ?? shortPair(t, lookup) ?? shortCityStem(t, lookup);
  if (!end || end < 2 || end >= t.length - 2) return null;
  const from = start + raw.indexOf(t);
  return { start: from, end: from + t.length, placeEnd: from + end };
}

/**
 * "某南某亚某某基金会": a province's short name run into its city's ("海南三亚" for 海南省三亚市),
 * neither level word written. The city is the shortest one that reads as a city once 市 is
 * added; where the pair ends.
 */
function shortPair(t: string, lookup: RegionLookup): number | null {
  const province = provinceAt(t);
  if (!province || province.length !== province.info.short.length) return null;
  for (let k = 2; k <= 3; k++) {
    const pair = t.slice(0, province.length + k);
    if (lookup.splitPrefix(`${pair}市`, {})?.end === pair.length + 1) return pair.length;
  }
  return null;
}

/** The last piece of a run, two names joined by 和/及/与 ("…协会和某市…中心"), or one. */
function lastNames(raw: string, start: number, lookup: RegionLookup, nouns: RegExp): Name[] | null {
  for (const m of raw.matchAll(/和|及|与/g)) {
    const at = m.index ?? 0;
    const a = bodyAt(raw.slice(0, at), start, lookup, nouns);
    const b = bodyAt(raw.slice(at + 1), start + at + 1, lookup, nouns);
    if (a && b) return [a, b];
  }
  const one = bodyAt(raw, start, lookup, nouns);
  return one ? [one] : null;
}

/**
 * The honour closing a run of honoured units ("…、某县气象局入选“第十一届…文明单位”", "…及某市某某
 * 协会等喜获殊荣", "…等17家社会组织被评为…"): the verb right after the last name (after 等 and
 * the count of their kind, when they stand there: the names are the round's first units). Organs
 * grant and designate too ("某市民政局、某市财政局授予20个社区…称号"): only a passive 授予, 命名为 or
 * 认定为 (被授予…) honours the run. A prize is a contest's, not an honour's roll (…荣获二等奖,
 * …优秀组织奖, as a place's, place-rest.ts), and the verb before 的 or 理由 only qualifies what
 * follows (…上榜的原因, …入选理由如下).
 */
const HONOUR_TAIL = new RegExp(
  `\\s*(?:等\\s*${N}\\s*[家个][\\u4e00-\\u9fff]{0,8}?)?\\s*等?\\s*(?:(?:均|分别|先后)?(?:被?评为|被(?:授予|命名为|认定为))|入选|荣获|获评|喜获|榜上有名|光荣上榜|上榜|获得(?=[^，。,;；]{0,30}(?:称号|殊荣)))(?![^，。,;；]{0,20}?奖(?!项))(?!的|理由|原因)`,
);

/**
 * Units an honour names besides organisations: an organ, a court, a company, a school, a
 * station or charity federation named after its place ("某县人民检察院", "某县供电公司", "某县公安局交通管理大队",
 * "某市慈善会"). In
 * prose such names are a story's sources and actors; only the honour closing their run lists them.
 */
export const HONOURED_UNIT = new RegExp(
  `(?:${NAMED_BODY.source.replace(/\$$/, '')}|研究院|中心|局|检察院|法院|公司|大队|支队|医院|银行|分行|支行|中学|小学|学校|幼儿园|救助站|管理站|管理处|办事处|慈善会|慈善总会|红十字会)$`,
);

/**
 * The names of one clause, when it is such a run: every piece a body, with a count of their
 * kind after the last, a word announcing the first, or (`honoured`) an honour closing the run.
 */
export function bodyRunIn(
  clause: string,
  start: number,
  lookup: RegionLookup,
  honoured = false,
): Name[] | null {
  const nouns = honoured ? HONOURED_UNIT : NAMED_BODY;
  const pieces = clause.replace(REFERENCE, '').split('、');
  if (pieces.length < 2 && !/[和及与]/.test(clause)) return null;
  const first = pieces[0] ?? '';
  // The announcing word before the first name, when the clause does not open with it.
  let lead = 0;
  let announced = false;
  if (!bodyAt(first, start, lookup, nouns)) {
    if (honoured) return null;
    for (const m of first.matchAll(/包括|分别是|分别为|共有|即|有/g)) {
      const cut = (m.index ?? 0) + m[0].length;
      if (ANNOUNCES.test(first.slice(0, cut)) && bodyAt(first.slice(cut), start + cut, lookup)) {
        lead = cut;
        announced = true;
        break;
      }
    }
    if (!announced) return null;
  }
  const last = pieces[pieces.length - 1] ?? '';
  const closing = honoured ? HONOUR_TAIL.exec(last) : null;
  if (honoured && (!closing || closing.index === 0)) return null;
  const counted = !honoured && (pieces.length > 1 || lead === 0) ? COUNT_KIND.exec(last) : null;
  const lastText = closing
    ? last.slice(0, closing.index)
    : counted
      ? last.slice(0, counted.index)
      : last;
  const names: Name[] = [];
  let at = start;
  for (let i = 0; i < pieces.length; i++) {
    const raw = i === pieces.length - 1 ? lastText : (pieces[i] ?? '');
    const from = i === 0 ? at + lead : at;
    const text = i === 0 ? raw.slice(lead) : raw;
    const read =
      i === pieces.length - 1
        ? lastNames(text, from, lookup, nouns)
        : [bodyAt(text, from, lookup, nouns)];
    if (!read || read.some((n) => n === null)) return null;
    names.push(...(read as Name[]));
    at += (pieces[i] ?? '').length + 1;
  }
  if (names.length < 2) return null;
  if (counted) return parseNumber(counted[1] ?? '') === names.length ? names : null;
  return announced || honoured ? names : null;
}

/** The entries a run of named bodies makes: each at the place its name opens with. */
export function bodyItems(doc: KeyedText, names: readonly Name[]): ItemDraft[] {
  return names.map((n) => ({
    seq: null,
    start: n.start,
    end: n.end,
    regionText: doc.text.slice(n.start, n.placeEnd),
    unit: doc.text.slice(n.start, n.end),
    title: '',
    warnings: [],
  }));
}

export function detectListedBodies(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    for (const m of line.key.matchAll(CLAUSE)) {
      const offset = line.start + (m.index ?? 0);
      const names = bodyRunIn(m[0], offset, lookup);
      if (!names) continue;
      const items = bodyItems(doc, names);
      lists.push({
        layout: 'sentence',
        items,
        start: names[0]!.start,
        end: names[names.length - 1]!.end,
        lineIndexes: [line.index],
      });
    }
  }
  return lists;
}
