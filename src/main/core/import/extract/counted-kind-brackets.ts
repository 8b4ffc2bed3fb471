/**
 * A total split into kinds, each kind's count followed by its names in brackets: "新获授牌的7个
 * 示范基地，包括2个体育产业示范基地（神农架、京山），1个示范单位（某某有限公司），以及4个示范
 * 项目（甲乐园、乙运动城、…）". When the kinds' counts add up to the total and every bracket
 * holds as many names as its count, the names are the entries, whatever they are: a place
 * written short (神农架, 京山), a site or a company after its city's short name (随州某乐园),
 * or a name with no place at all, held at the one province the other names lie in. The
 * counts agreeing is what makes the names a list; anything else is left to other readers.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import { PASSING } from './counted-brackets';
import { shortPlaceOfBody } from './place-lines';
import { provinceAt } from './provinces';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** The total and the word that opens its kinds. */
const TOTAL = new RegExp(
  `${N}\\s*(?:个|家|处|项)[^，,。；;（(]{0,16}[，,]?\\s*(?:包括|其中|分别是|分别为)[：:]?`,
  'g',
);
/** One kind: its count, its noun, its names in brackets, then what joins the next kind. */
const KIND = new RegExp(
  `^\\s*(?:[、，,]\\s*)?(?:以及|和|及)?\\s*${N}\\s*(?:个|家|处|项)([\\u4e00-\\u9fff]{1,12})[（(]([^（）()\\n]{2,200})[）)]`,
);

/**
 * What a bracket holds when it is no list of names: a date or a period ("2019年", "一季度"), a
 * count or a note ("含1个国家级", "排名不分先后", "待定"). One such part and the bracket is
 * no kind's names, however the counts add up.
 */
const NOT_A_NAME = new RegExp(
  `[0-9０-９]|^(?:含|其中|包括|共)|排名|不分先后|待定|另行|暂缺|见附件|(?:[${CHINESE_NUMERAL_CHARS}]\\s*[年月日]|年度|季度|上半年|下半年)$|[${CHINESE_NUMERAL_CHARS}]+\\s*个`,
);

interface Named {
  name: string;
  start: number;
}

/** The kinds written right after the total, or null when they do not add up to it. */
function kindsAfter(key: string, from: number, total: number): Named[] | null {
  const names: Named[] = [];
  let at = from;
  let sum = 0;
  let kinds = 0;
  for (;;) {
    const m = KIND.exec(key.slice(at));
    if (!m) break;
    const n = parseNumber(m[1] ?? '');
    const inner = m[3] ?? '';
    const parts = inner.split('、');
    if (n === null || parts.length !== n) return null;
    let start = at + m[0].length - 1 - inner.length;
    for (const p of parts) {
      const lead = p.length - p.trimStart().length;
      if (p.trim().length < 2 || NOT_A_NAME.test(p.trim())) return null;
      names.push({ name: p.trim(), start: start + lead });
      start += p.length + 1;
    }
    sum += n;
    kinds++;
    at += m[0].length;
  }
  return kinds >= 2 && sum === total ? names : null;
}

/** The place a name opens with (a division, a short one, or its province), or null. */
function placeOf(name: string, lookup: RegionLookup, province: string | null): string | null {
  const hit = lookup.splitPrefix(name, {});
  if (hit && hit.end >= 2) return hit.regionText;
  const short = shortPlaceOfBody(name, lookup, province);
  if (short) return short;
  const own = provinceAt(name);
  return own && (!province || own.info.name === province) ? own.info.name : null;
}

export function detectCountedKindBrackets(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(TOTAL)) {
      const at = m.index ?? 0;
      const total = parseNumber(m[1] ?? '');
      if (total === null || total < 2 || PASSING.test(line.key.slice(Math.max(0, at - 40), at)))
        continue;
      const names = kindsAfter(line.key, at + m[0].length, total);
      if (!names) continue;
      // The province the names that open with a division lie in, when they agree on one.
      const provinces = new Set(
        names.flatMap((n) => {
          const hit = lookup.splitPrefix(n.name, {});
          const p = hit ? lookup.provinceOf?.(hit.regionText) : null;
          return p ? [p] : [];
        }),
      );
      const province = provinces.size === 1 ? [...provinces][0]! : null;
      const items: ItemDraft[] = [];
      for (const n of names) {
        const raw = line.raw.slice(n.start, n.start + n.name.length);
        const place = placeOf(raw, lookup, province) ?? province;
        if (!place) break;
        const bare = place === raw;
        items.push({
          seq: null,
          start: line.start + n.start,
          end: line.start + n.start + n.name.length,
          regionText: place,
          ...(province ? { regionContext: { province } } : {}),
          ...(bare ? {} : { unit: raw }),
          title: bare ? '' : raw,
          warnings: [],
        });
      }
      if (items.length !== names.length) continue;
      lists.push({
        layout: 'sentence',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: [],
      });
    }
  }
  return lists;
}
