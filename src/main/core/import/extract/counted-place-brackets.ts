/**
 * Places named bare in brackets right after their count: "入选的有6个县（甲、乙县、丙、…）",
 * "共4个县（市、区）\n（甲、乙、丙、丁）", "县级4个（甲市、乙县…）" (a tier counted by its level).
 * The count of divisions said before the bracket, equal to the names joined by 、 inside it,
 * each name a whole place the division list reads (written short or in full), makes them the
 * entries. The bracket may open the next line, as a copy of short lines breaks it. A visit's
 * stops ("走访了3个县（…）") and the divisions a place is made of ("辖3个镇（…）", "下设4个街道
 * （…）") are no entries.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';
import { bracketList, PASSING } from './counted-brackets';

/** The divisions a count may count, with their bracketed alternates (县（市、区）). */
const DIVISIONS = `(?:县级市|地级市|地市|城市|区县|县区|县市|街道|[县区市旗乡镇])(?:\\s*[（(][县区市旗、\\s]+[）)])?`;
const COUNTED_PLACES = new RegExp(
  `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*个\\s*${DIVISIONS}[!！:：\\s]{0,4}[（(]([^（）()\\n]{2,200})[）)]`,
  'g',
);
/**
 * A tier counted by its level before the bracket ("其中市级2个（甲市、乙区）,县级4个（…）"): the
 * level word stands for the division, as 6个县 does.
 */
const COUNTED_TIER = new RegExp(
  `(?:省|市|地市|县|区)级\\s*([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*个[:：\\s]{0,4}[（(]([^（）()\\n]{2,200})[）)]`,
  'g',
);
const MADE_OF = /(辖|下设|设有|划分为|分为)\s*(?:有|共)?\s*$/;

export function detectCountedPlaceBrackets(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const m of [...doc.key.matchAll(COUNTED_PLACES), ...doc.key.matchAll(COUNTED_TIER)]) {
    const at = m.index ?? 0;
    const inner = m[2] ?? '';
    const innerAt = at + m[0].length - inner.length - 1;
    const lines = doc.lines.filter((l) => l.end >= at && l.start <= innerAt + inner.length);
    if (lines.some((l) => consumed.has(l.index))) continue;
    const before = doc.key.slice(Math.max(0, at - 40), at);
    if (PASSING.test(before) || MADE_OF.test(before)) continue;
    const names = inner.split('、');
    if (names.length < 2 || parseNumber(m[1] ?? '') !== names.length) continue;
    const items: ItemDraft[] = [];
    let from = innerAt;
    for (const raw of names) {
      const start = from + (raw.length - raw.trimStart().length);
      const name = raw.trim();
      from += raw.length + 1;
      if (lookup.splitPrefix(name, {})?.end !== name.length) break;
      items.push({
        seq: null,
        start,
        end: start + name.length,
        regionText: doc.text.slice(start, start + name.length),
        title: '',
        warnings: [],
      });
    }
    const list = bracketList(
      items,
      names.length,
      lines.map((l) => l.index),
    );
    if (list) lists.push(list);
  }
  return lists;
}
