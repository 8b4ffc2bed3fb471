/**
 * Winners grouped under their awards in prose: "分别是：甲奖：A区某街道、B市某协会；乙奖：C镇某社区"
 * or "一等奖（2个）：A、B". Each named unit after an award's colon is an entry, the award its
 * group (the programme it was honoured with); the award's words are no unit. A winner is
 * taken when it opens with a place the division list reads, and the whole name is kept (an
 * office, association or branch lies where its place puts it); a winner that names no place
 * is left out, and the award's stated count says so.
 */
import { branchOffice } from './branch-offices';
import { parseNumber } from './chinese-numerals';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { shortPlacedBody } from './short-place';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/**
 * An award's name right before its colon, after a separator or the line's start, perhaps
 * with the count of its winners ("优秀组织奖：", "一等奖（3个）："); not the act of giving or
 * receiving one (颁奖, 获奖).
 */
const AWARD_LABEL =
  /(?<=^|[，。；：:、,;\s])((?:(?![，。；：:、,;\s的为和及与被在])[\u4e00-\u9fff“”"]){1,16}?(?<![获颁领得受评])奖)\s*(?:[（(]\s*共?\s*([0-9]+|[一二两三四五六七八九十]+)\s*[个名家项位]\s*[)）])?\s*[：:]/g;
/** Where an award's winners end: the next award's name, a sentence end or the line's end. */
const GROUP_END = /[；;。！!？?]/;

function winnersOf(
  line: Line,
  from: number,
  to: number,
  lookup: RegionLookup,
  award: string,
): ItemDraft[] {
  const items: ItemDraft[] = [];
  const text = line.raw.slice(from, to);
  let at = 0;
  for (const part of text.split(/[、，,]/)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    const start = line.start + from + at + lead;
    at += part.length + 1;
    const hit = name.length >= 3 ? lookup.splitPrefix(name, {}) : null;
    // A company's city branch names its place after the company, an association its city
    // written short: it lies there, listed by its whole name.
    const read = hit && hit.end > 0;
    const inName = read
      ? null
      : (branchOffice(name, lookup)?.place ?? shortPlacedBody(name, lookup)?.regionText);
    if (!read && !inName) continue;
    items.push({
      seq: null,
      start,
      end: start + name.length,
      regionText: inName ?? name,
      ...(inName ? { unit: name } : {}),
      title: '',
      category: award,
      warnings: [],
    });
  }
  return items;
}

export function detectAwardGroups(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    const labels = [...line.key.matchAll(AWARD_LABEL)];
    // Two awards side by side, or one that counts its winners: a single "某奖：" in running
    // text may be the start of a quote, not a group of winners.
    if (labels.length < 2 && !labels.some((m) => m[2])) continue;
    const items: ItemDraft[] = [];
    const categories: CategoryDraft[] = [];
    labels.forEach((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const next = labels[i + 1]?.index ?? line.key.length;
      const stop = GROUP_END.exec(line.key.slice(from, next));
      const to = stop ? from + stop.index : next;
      const award = line.raw.slice(m.index ?? 0, (m.index ?? 0) + (m[1] ?? '').length);
      const winners = winnersOf(line, from, to, lookup, award);
      categories.push({
        name: award,
        stated: m[2] ? parseNumber(m[2]) : null,
        found: winners.length,
        start: line.start + from,
      });
      items.push(...winners);
    });
    const first = items[0];
    const last = items[items.length - 1];
    if (items.length < 2 || !first || !last) continue;
    lists.push({
      layout: 'sentence',
      items,
      start: first.start,
      end: last.end,
      categories,
      lineIndexes: [line.index],
    });
  }
  return lists;
}
