/**
 * A province's list written city——county, the groups run together with no separator
 * ("甲市——乙县丙市——丁县、戊区", photo captions "▲乙县" fused in): each county under the city
 * before its dash. A city is a place standing right before "——" (after the line's start, a
 * caption mark, or the last county of the group before); its counties follow, 、 between
 * them, each a county-level name the division list finds inside that city. Only a run of two
 * groups or more is such a list: a single "place——title" is a case's heading.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const DASH = /——|—{1,2}|--/g;
const COUNTY_END = /[县市区旗]$/;
/** Where a city may start: the line's start, a caption mark, or the end of a county. */
const CITY_AFTER = /(^|[▲△■●◆、，,;；\s]|[县市区旗])$/;

/** The city written right before `at` in `key` (2–5 characters, a whole place), or null. */
function cityBefore(raw: string, key: string, at: number, lookup: RegionLookup): string | null {
  for (let n = 5; n >= 2; n--) {
    const from = at - n;
    if (from < 0 || !/^[\u4e00-\u9fff]+$/.test(key.slice(from, at))) continue;
    if (!CITY_AFTER.test(key.slice(0, from))) continue;
    const hit = lookup.splitPrefix(raw.slice(from, at), {});
    if (hit && hit.end === n) return raw.slice(from, at);
  }
  return null;
}

/** The county at the start of `key` inside `city` (shortest name ending in a level word). */
function countyAt(raw: string, key: string, city: string, lookup: RegionLookup): string | null {
  for (let n = 2; n <= 7 && n <= key.length; n++) {
    if (!COUNTY_END.test(key.slice(0, n))) continue;
    const hit = lookup.splitPrefix(raw.slice(0, n), { city });
    if (hit && hit.end === n) return raw.slice(0, n);
  }
  return null;
}

export function detectCityDashGroups(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const items: ItemDraft[] = [];
  const lines: number[] = [];
  let groups = 0;
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    let taken = false;
    for (const dash of line.key.matchAll(DASH)) {
      const at = dash.index ?? 0;
      const city = cityBefore(line.raw, line.key, at, lookup);
      if (!city) continue;
      let pos = at + dash[0].length;
      let found = 0;
      for (;;) {
        const county = countyAt(line.raw.slice(pos), line.key.slice(pos), city, lookup);
        if (!county) break;
        items.push({
          seq: null,
          start: line.start + pos,
          end: line.start + pos + county.length,
          regionText: county,
          regionContext: { city },
          title: '',
          warnings: [],
        });
        found++;
        pos += county.length;
        if (line.key[pos] !== '、') break;
        pos++;
      }
      if (found > 0) {
        groups++;
        taken = true;
      }
    }
    if (taken) lines.push(line.index);
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (groups < 2 || !first || !last) return [];
  return [{ layout: 'labelled', items, start: first.start, end: last.end, lineIndexes: lines }];
}
