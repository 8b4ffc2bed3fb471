/**
 * A county's own pilots named bare in brackets after their count and kind, in the sentence of a
 * story: "申报创建1个城乡社区协商机制试点（双鹤社区）、2个乡村治理试点村（甲镇乙村、丙镇丁村）
 * 和2个试点镇（戊镇、己镇）及4个试点村（戊镇庚村、辛村；己镇壬村、癸村）". Each bracket holds
 * as many townships, villages or communities as its count says (a village after ； or 、 may
 * carry the township before it), the count's kind names a pilot or a model, and the division
 * list places every name of the sentence inside one county or city the page writes before them
 * (its headline, 我县's own name). Level notes ("7个试点村（社区）"), a visit's stops and the
 * divisions a place is made of are no entries.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { PASSING } from './counted-brackets';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const COUNTED = new RegExp(
  `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*个\\s*((?:(?![，。,;；:：个])[\\u4e00-\\u9fff]){0,14}?)\\s*[（(]([^（）()\\n]{2,120})[）)]`,
  'g',
);
/** The count's kind: a pilot or a model of some level. */
const PILOT_KIND = /(试点|示范|实验)[\u4e00-\u9fff]{0,3}$/;
/** Words before the count that make the names a visit's stops or a place's parts. */
const MADE_OF = /(辖|下设|设有|划分为|分为)\s*(?:有|共)?\s*$/;
const CH = '(?:(?![的在等和与及为是被从对向由将把])[\\u4e00-\\u9fff])';
/** A township, or a village or community with or without its township, the whole name. */
const NAME = new RegExp(
  `^(?:(${CH}{1,8}?(?:街道|镇|乡))?(${CH}{1,10}?(?:社区|村))|(${CH}{1,8}?(?:街道|镇|乡)))$`,
);

interface Named {
  start: number;
  end: number;
  /** The name as the division list is asked for it: a carried township before a bare village. */
  asked: string;
}

/** The names of one bracket, each with its township carried; null when one is no such name. */
function bracketNames(inner: string, at: number): Named[] | null {
  const out: Named[] = [];
  let offset = 0;
  for (const group of inner.split(/([；;])/)) {
    if (/^[；;]$/.test(group)) {
      offset += group.length;
      continue;
    }
    let town = '';
    for (const raw of group.split('、')) {
      const name = raw.trim();
      const start = at + offset + (raw.length - raw.trimStart().length);
      offset += raw.length + 1;
      const m = NAME.exec(name);
      if (!m) return null;
      if (m[1]) town = m[1];
      else if (m[3]) town = m[3];
      const asked = m[2] && !m[1] && town ? town + name : name;
      out.push({ start, end: start + name.length, asked });
    }
    offset -= 1;
  }
  return out;
}

export function detectCountedTownBrackets(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  if (!lookup.placeHolding) return [];
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const sentence of line.key.matchAll(/[^。！？!?]+/g)) {
      const sentenceAt = line.start + (sentence.index ?? 0);
      const names: Named[] = [];
      let firstAt = -1;
      for (const m of sentence[0].matchAll(COUNTED)) {
        const at = m.index ?? 0;
        const before = sentence[0].slice(Math.max(0, at - 40), at);
        if (PASSING.test(before) || MADE_OF.test(before) || !PILOT_KIND.test(m[2] ?? '')) continue;
        const inner = m[3] ?? '';
        const innerAt = sentenceAt + at + m[0].length - inner.length - 1;
        const found = bracketNames(inner, innerAt);
        if (!found || parseNumber(m[1] ?? '') !== found.length) continue;
        if (firstAt < 0) firstAt = sentenceAt + at;
        names.push(...found);
      }
      if (names.length < 2) continue;
      const context: RegionContext | null = lookup.placeHolding(
        names.map((n) => n.asked),
        doc.key.slice(0, firstAt),
      );
      if (!context) continue;
      const items: ItemDraft[] = names.map((n) => ({
        seq: null,
        start: n.start,
        end: n.end,
        regionText: n.asked,
        regionContext: context,
        title: '',
        warnings: [],
      }));
      lists.push({
        layout: 'sentence',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: [line.index],
      });
    }
  }
  return lists;
}
