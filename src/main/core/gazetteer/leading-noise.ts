/**
 * A few stray characters glued in front of a county ("设示五莲县中至镇…": the tail of a cut
 * word, a spam fragment, an OCR smudge) leave the resolver with nothing at the start. When
 * a county-level name written in full begins within the first characters, lies inside the
 * notice's context and a township of it follows, the place is that one; the note names
 * what was left out. A short form (五莲 for 五莲县) or a bare township is never read this
 * way: the characters in front might belong to its name.
 */
import { normalizeRegionText } from './normalize';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { fallbackPrefixes } from './scope';

const MAX_NOISE = 3;

export function resolvePastLeadingNoise(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string) => RegionResolution,
): RegionResolution {
  const prefixes = fallbackPrefixes(first, opts.context);
  if (!prefixes) return first;
  for (let skip = 1; skip <= MAX_NOISE && skip < text.length; skip++) {
    const rest = text.slice(skip);
    const r = resolve(rest);
    const county = r.names.county;
    if (r.code === null || r.code.length < 9 || county === null) continue;
    if (!normalizeRegionText(rest).key.startsWith(county)) continue;
    if (!prefixes.some((p) => r.code!.startsWith(p))) continue;
    const noise = text.slice(0, skip);
    return {
      ...r,
      text,
      start: r.start + skip,
      end: r.end + skip,
      note: [`开头「${noise}」不是区划名称，已略过`, r.note].filter(Boolean).join('；'),
    };
  }
  return first;
}
