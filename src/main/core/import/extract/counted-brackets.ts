/**
 * Units named in brackets right after their count: "签约了三位慈善超市（A区某社区慈善超市、B区某
 * 慈善超市、C区某慈善超市）", "确定了3个单位（A市某局、B县某中心、C区某协会）". The count said
 * before the bracket, equal to the names joined by 、 inside it, each opening with a place the
 * division list reads, makes them the entries; the whole name is kept (the unit lies where its
 * place puts it). A visit's stops in brackets ("走访了3个社区（…）") are no entries.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const COUNTED_BRACKET = new RegExp(
  `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|位|家|所|处)\\s*[\\u4e00-\\u9fff]{0,10}\\s*[（(]([^（）()\\n]{4,300})[）)]`,
  'g',
);
/** Words before the count that make the places a visit's stops, not a list. */
/** Words of a visit before a count: the places were passed through, not listed. */
export const PASSING = /(调研|考察|走访|视察|陪同|参观|来到|深入到|先后到|看望|慰问)[^。；;]*$/;

export function detectCountedBrackets(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(COUNTED_BRACKET)) {
      const at = m.index ?? 0;
      if (PASSING.test(line.key.slice(Math.max(0, at - 40), at))) continue;
      const inner = m[2] ?? '';
      const names = inner.split('、');
      if (names.length < 2 || parseNumber(m[1] ?? '') !== names.length) continue;
      let from = line.start + at + m[0].length - inner.length - 1;
      const items: ItemDraft[] = [];
      for (const raw of names) {
        const lead = raw.length - raw.trimStart().length;
        const name = raw.trim();
        const start = from + lead;
        from += raw.length + 1;
        const hit = name.length >= 3 ? lookup.splitPrefix(name, {}) : null;
        if (!hit || hit.end === 0 || hit.end === name.length) break;
        const written = doc.text.slice(start, start + name.length);
        items.push({
          seq: null,
          start,
          end: start + name.length,
          regionText: written,
          title: '',
          warnings: [],
        });
      }
      const list = bracketList(items, names.length, [line.index]);
      if (list) lists.push(list);
    }
  }
  return lists;
}

/** The list of a bracket's names, when every one of the `count` names was read. */
export function bracketList(
  items: ItemDraft[],
  count: number,
  lineIndexes: number[],
): ListDraft | null {
  const first = items[0];
  const last = items[items.length - 1];
  if (items.length !== count || !first || !last) return null;
  return { layout: 'sentence', items, start: first.start, end: last.end, lineIndexes };
}
