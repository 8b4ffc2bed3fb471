/**
 * A banner written by its first character and 旗 ("某旗" for a banner whose full name opens
 * with that character), as local headlines and portals write their own banner. Only under a
 * context that is one city (盟 or 市): the one banner of that city, valid on the day, whose
 * name opens with that character. Two banners opening alike leave it unresolved, and so does
 * a context of a province or none: a one-character stem says nothing further off.
 */
import { isValidOn, loadGazetteer, todayIso } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope } from './scope';

const SHORT_BANNER = /^([\u4e00-\u9fff])旗$/;

export function resolveBannerShortForm(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (t: string) => RegionResolution,
): RegionResolution {
  if (first.code !== null) return first;
  const m = SHORT_BANNER.exec(normalizeRegionText(text).key.trim());
  if (!m) return first;
  const g = loadGazetteer();
  const cities = contextScope(g, opts.context).units.filter((u) => u.level === 'city');
  if (new Set(cities.map((u) => u.code)).size !== 1) return first;
  const day = opts.asOf ?? todayIso();
  const banners = (g.children.get(cities[0]!) ?? []).filter(
    (u) =>
      u.level === 'county' && isValidOn(u, day) && u.name.startsWith(m[1]!) && /旗$/.test(u.name),
  );
  if (new Set(banners.map((u) => u.name)).size !== 1) return first;
  const found = resolve(banners[0]!.name);
  return found.code === null ? first : { ...found, text, start: 0, end: text.length };
}
