/**
 * A place written short, its level word left out, with words right after it ("某乌入选…",
 * "某山和某门五个地市入选"): the division list reads a short name only when nothing follows it
 * (so that a word starting like a place is never taken for one), so the name is tried alone
 * when what follows closes it as an entry — a membership verb, a count, or 和/及 and the next.
 */
import { toKey } from './text-key';
import type { RegionLookup } from './types';

const CLOSES =
  /^(?:(?:成功|顺利|均|都)?(?:入选|入围|获评|上榜)|(?:[0-9]+|[一二两三四五六七八九十]+)\s*个|(?:以及|和|及|与)[\u4e00-\u9fff]{2})/;

export function shortPlaceAt(
  raw: string,
  lookup: RegionLookup,
): { regionText: string; end: number } | null {
  const key = toKey(raw);
  for (const n of [3, 2]) {
    if (!CLOSES.test(key.slice(n))) continue;
    const hit = lookup.splitPrefix(raw.slice(0, n), {});
    if (hit && hit.end === n) return hit;
  }
  return null;
}
