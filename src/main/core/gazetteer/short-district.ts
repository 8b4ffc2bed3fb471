/**
 * A district written by its first character and 区 right after its city ("某市昆区…" for
 * 昆都仑区), as a city's own papers write it. The city is written, so the stem is read only
 * among that city's districts valid on the day: the one whose name opens with that character
 * and is longer than the short form. A district the city really has under that short name
 * (城区, 郊区) is found before this is tried; two districts opening alike leave the city.
 */
import { isValidOn, loadGazetteer, todayIso } from './gazetteer-data';
import type { RegionResolution, ResolveOptions } from './resolve-region';

const SHORT_DISTRICT = /^([\u4e00-\u9fff])区/;

export function resolveShortDistrict(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (t: string) => RegionResolution,
): RegionResolution {
  if (first.level !== 'city' || first.code === null || first.end >= text.length) return first;
  const m = SHORT_DISTRICT.exec(text.slice(first.end));
  if (!m) return first;
  const g = loadGazetteer();
  const day = opts.asOf ?? todayIso();
  const city = (g.byCode.get(first.code) ?? []).find(
    (u) => u.level === 'city' && isValidOn(u, day),
  );
  if (!city) return first;
  const districts = (g.children.get(city) ?? []).filter(
    (u) =>
      u.level === 'county' &&
      isValidOn(u, day) &&
      u.name.length > 2 &&
      u.name.startsWith(m[1]!) &&
      u.name.endsWith('区'),
  );
  if (new Set(districts.map((u) => u.name)).size !== 1) return first;
  const full = text.slice(0, first.end) + districts[0]!.name + text.slice(first.end + m[0].length);
  const found = resolve(full);
  if (found.code === null || !found.code.startsWith(first.code.slice(0, 4))) return first;
  const end = Math.max(first.end + m[0].length, found.end - (full.length - text.length));
  return { ...found, text, start: first.start, end };
}
