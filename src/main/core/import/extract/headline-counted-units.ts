/**
 * A story whose headline counts the units of one place that won an honour ("某市三社区荣膺…称号",
 * "某县5个村入选…"), its body then naming them bare, each the subject of a sentence ("甲社区突出…。
 * 乙社区和丙社区也都…"). No layout reads a name without a place, but the headline says how many
 * there are and where they lie: when the bare names opening the body's sentences are exactly that
 * many, they are the list, each an entry at the headline's place (a bare name is not enough to
 * pick one of the namesakes a place holds).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import { MEMBERSHIP_VERB } from './membership';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The place, the count and the unit noun at the headline's start. */
const HEADLINE = new RegExp(
  `^([\\u4e00-\\u9fff]{2,12}?)([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*[个家]?\\s*(社区|村)`,
);
/** What the headline says befell them. */
const HONOUR = new RegExp(`${MEMBERSHIP_VERB}|荣膺|获[^。，,]{0,20}?称号|被[^。，,]{1,12}?为`);
/** A few words a sentence may open with before its subject ("近年来，"). */
const OPENER = /^[^，。；,;\n]{1,6}[，,]\s*/;
/** Words that make "…社区" a kind of community, not one community's name. */
const NOT_A_NAME =
  /^(?:此次|本次|这|那|该|各|全|每|其|所有|入选|获评|获奖|示范|和谐|先进|城乡|农村|城市|新型|我|本|多个|部分)|的|[市县区省旗州镇乡]$|街道$/;

/**
 * Later clauses of a sentence whose subject is a unit told what befell it ("在义乌入选的2个社区中，
 * 甲社区被列入整合提升类，乙社区被列入拆改结合类"): where each opens, offsets from `at`.
 */
function clausesTellingUnits(sentence: string, at: number): number[] {
  const out: number[] = [];
  for (const c of sentence.matchAll(
    /[，,]\s*([\u4e00-\u9fff]{2,8}?(?:社区|村))(?=被|入选|列入|获|荣膺)/g,
  ))
    out.push(at + c.index + c[0].length - c[1]!.length);
  return out;
}

interface Name {
  start: number;
  end: number;
}

/** The names of one noun joined at the start of `key` ("甲社区和乙社区"), offsets from `at`. */
function namesOpening(key: string, at: number, noun: string): Name[] {
  const name = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?)${noun}`);
  const out: Name[] = [];
  let i = 0;
  for (;;) {
    const m = name.exec(key.slice(i));
    if (!m || NOT_A_NAME.test(m[1]!)) break;
    out.push({ start: at + i, end: at + i + m[0].length });
    i += m[0].length;
    const join = /^\s*(?:、|和|及|与|以及)\s*/.exec(key.slice(i));
    if (!join) break;
    i += join[0].length;
  }
  return out;
}

export function detectHeadlineCountedUnits(doc: KeyedText, lookup: RegionLookup): ListDraft | null {
  const head = doc.lines.find((l) => l.trimmed !== '');
  const m = head ? HEADLINE.exec(head.key.trim()) : null;
  if (!head || !m || !HONOUR.test(head.key)) return null;
  const place = m[1]!;
  const stated = parseNumber(m[2]!) ?? 0;
  const noun = m[3]!;
  if (stated < 2 || lookup.splitPrefix(place, {})?.end !== place.length) return null;
  const names: Name[] = [];
  const seen = new Set<string>();
  // The honour the headline names ("…入选2021年未来社区创建名单"): a "…社区" among its words is
  // the programme's own word, no community.
  const honour = head.key.trim().slice(m[0].length);
  const body = doc.key.slice(head.end);
  for (const s of body.matchAll(/[^。！!？?；;\n]+/g)) {
    const lead = s[0].length - s[0].trimStart().length;
    const opener = OPENER.exec(s[0].slice(lead))?.[0].length ?? 0;
    const at = head.end + (s.index ?? 0) + lead + opener;
    const clauses = [at, ...clausesTellingUnits(s[0], head.end + (s.index ?? 0))];
    for (const start of clauses)
      for (const n of namesOpening(doc.key.slice(start, start + 40), start, noun)) {
        const written = doc.key.slice(n.start, n.end);
        if (seen.has(written) || honour.includes(written)) continue;
        seen.add(written);
        names.push(n);
      }
  }
  if (names.length !== stated) return null;
  const items: ItemDraft[] = names.map((n) => ({
    seq: null,
    start: n.start,
    end: n.end,
    regionText: place,
    unit: doc.text.slice(n.start, n.end),
    title: '',
    warnings: [],
  }));
  const lineOf = (at: number) => doc.lines.find((l) => l.start <= at && at <= l.end)?.index ?? -1;
  return {
    layout: 'sentence',
    items,
    start: items[0]!.start,
    end: items[items.length - 1]!.end,
    lineIndexes: [...new Set(items.map((it) => lineOf(it.start)))],
  };
}
