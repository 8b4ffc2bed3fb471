/**
 * The place a numbered list of cases is counted at by the sentence right above it:
 *
 *   某区3家社会组织共有3篇优秀案例入选本次汇编。
 *   1. 把服务串起来——某区枢纽型社会组织的探索与实践
 *   2. 用心助老——某区某某老年生活护理服务社
 *   3. 传承文化——上海某某传统文化促进中心
 *
 * The sentence gives the list's share of a larger selection at one place, so a unit whose own
 * name reads no place (上海某中心: a city's short name) is that place's, and so is a case whose
 * dash leads to its subtitle rather than a unit: its whole line is its title. Only when every
 * unit that does read a place lies inside the counted one.
 */
import type { ItemDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A place opening its sentence, then the count of what it has on the list (5家, 3个, 两篇). */
const COUNT_AFTER = /^(?:共有|共|有)?[0-9一二三四五六七八九十两]+\s*[个家篇项名]/;

/** The place the last sentence above the list opens with and counts at, as written. */
function countedPlace(doc: KeyedText, head: number, lookup: RegionLookup): string | null {
  const above = doc.lines
    .slice(0, head)
    .reverse()
    .find((l) => l.trimmed !== '');
  if (!above) return null;
  const sentences = above.raw
    .trim()
    .split(/(?<=[。！？；])/)
    .filter((s) => s.trim() !== '');
  for (const s of sentences.reverse()) {
    const text = s.trim();
    const hit = lookup.splitPrefix(text, {});
    if (hit && COUNT_AFTER.test(toKey(text.slice(hit.end)))) return hit.regionText;
  }
  return null;
}

/** Division codes without their trailing zeros: a code's area holds every code it opens. */
const stem = (code: string): string => code.replace(/(00)+$/, '');

/**
 * Where a place written on an item lies against the counted place: inside it (or the same),
 * above it (the city or province holding it) or outside. Without codes, by the written names.
 */
function within(
  place: string,
  lookup: RegionLookup,
): (regionText: string) => 'inside' | 'above' | 'outside' {
  const own = lookup.codeOf?.(place, {}) ?? null;
  return (regionText) => {
    const code = lookup.codeOf?.(regionText, {}) ?? null;
    if (own && code) {
      if (stem(code).startsWith(stem(own))) return 'inside';
      return stem(own).startsWith(stem(code)) ? 'above' : 'outside';
    }
    return toKey(regionText).includes(toKey(place)) ? 'inside' : 'outside';
  };
}

/**
 * The items with the counted place filled in where their own words read none; the items
 * unchanged when the sentence above counts at no place or a placed unit lies outside it.
 * `bodies` are the items' own lines after their numbers.
 */
export function placedAtCountedLead(
  doc: KeyedText,
  head: number,
  items: ItemDraft[],
  bodies: readonly string[],
  lookup: RegionLookup,
): ItemDraft[] {
  if (!items.some((it) => it.unit)) return items;
  const place = countedPlace(doc, head, lookup);
  if (!place) return items;
  const inside = within(place, lookup);
  const placed = items.filter((it) => it.regionText && !it.regionUnresolved);
  if (placed.some((it) => inside(it.regionText ?? '') === 'outside')) return items;
  return items.map((it, i) => {
    // A unit named after the city holding the counted place (杭州某中心 over 某区): that place.
    if (!it.regionUnresolved)
      return inside(it.regionText ?? '') === 'above' ? { ...it, regionText: place } : it;
    // A unit beside its title: only its place was missing.
    if (it.unit) return { ...it, regionText: place, regionUnresolved: false };
    // "title——subtitle" read as a place before the dash: the whole line is the title.
    const body = (bodies[i] ?? '').trim();
    return { ...it, regionText: place, title: body || it.title, regionUnresolved: false };
  });
}
