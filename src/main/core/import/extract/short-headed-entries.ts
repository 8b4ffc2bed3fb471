/**
 * An entry read with no place whose name opens with a county written short, its level word left
 * out ("任丘希望田野现代农业园区" among "任丘市京南生态谷…", "献县竹…"): the division list reads a
 * short name only when nothing follows it (short-place.ts), so the entry stays unplaced, and its
 * place is lost. It is said, never dropped in silence — only where the list's other entries are
 * placed in the city that short name lies in, so a name that merely starts like a place
 * elsewhere (长安…, 新华…) is no loss.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { toKey } from './text-key';
import type { ExtractedRecord, RegionLookup } from './types';

/** How long a county's name written short can be. */
const SHORT = [3, 2];
/** The city part of a division code. */
const cityOf = (code: string): string => code.slice(0, 4);

/** The short place opening `title` that lies in one of `cities`, if any. */
function shortHead(
  title: string,
  record: ExtractedRecord,
  cities: ReadonlySet<string>,
  lookup: RegionLookup,
): string | null {
  const key = toKey(title);
  for (const n of SHORT) {
    const head = key.slice(0, n);
    if (key.length <= n + 1) continue;
    const hit = lookup.splitPrefix(head, record.regionContext ?? {});
    if (!hit || hit.end !== head.length) continue;
    const code = lookup.codeOf?.(head, record.regionContext ?? {});
    // A county's code, in a city the other entries lie in.
    if (code && !code.endsWith('00') && cities.has(cityOf(code))) return head;
  }
  return null;
}

/** Warnings for the unplaced entries whose names open with a short county of the list's city. */
export function shortHeadedEntries(
  records: ExtractedRecord[],
  lookup: RegionLookup,
): NoticeWarning[] {
  if (!lookup.codeOf) return [];
  const own = records.filter((r) => !r.retold);
  // Only an entry with a name and no place can be one; the list's places are asked (a
  // gazetteer reading each) only when there is such an entry, and two placed ones.
  if (!own.some((r) => !r.regionText && r.title)) return [];
  if (own.filter((r) => r.regionText).length < 2) return [];
  const cities = new Set<string>();
  for (const r of own) {
    if (!r.regionText) continue;
    const code = lookup.codeOf(r.regionText, r.regionContext ?? {});
    if (code) cities.add(cityOf(code));
    if (cities.size > 1) return [];
  }
  // Only a list whose placed entries (two or more, above) all lie in one city.
  if (cities.size === 0) return [];
  return own.flatMap((r) => {
    if (r.regionText || !r.title) return [];
    const head = shortHead(r.title, r, cities, lookup);
    if (!head) return [];
    const seq = r.seq !== null ? `第 ${r.seq} 条` : `“${r.title}”`;
    return [
      {
        code: 'region_unresolved' as const,
        message: `${seq}以“${head}”开头，疑似简写的县名，未能确定其地区，请核对`,
        seq: r.seq,
        regionText: head,
      },
    ];
  });
}
