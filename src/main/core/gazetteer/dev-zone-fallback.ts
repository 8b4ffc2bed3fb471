/**
 * Development zones nobody listed: "成都高新区", "长沙经开区", "某某工业园区". They are not
 * GB/T 2260 units and most have no alias in our table, but staff always mean a zone inside
 * the city named in front of the suffix. So when the resolver found nothing more specific
 * than a province, a city name directly before a zone suffix answers with that city, and
 * the note says why. Zones with a known county (区政合一) are in the alias table instead.
 */
import type { ResolveOptions, RegionResolution } from './resolve-region';

const ZONE_SUFFIX =
  /(国家级?)?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|保税区|新区|园区|试验区)/;

export function resolveWithZoneFallback(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution {
  const first = resolve(text, opts);
  if (first.level !== null && first.level !== 'province') return first;
  const m = ZONE_SUFFIX.exec(text);
  if (!m || m.index === 0) return first;
  const before = text.slice(0, m.index);
  // The city is written in short form in front of the suffix (成都高新区): try it with 市.
  for (const candidate of [before, `${before}市`]) {
    const city = resolve(candidate, opts);
    if (city.level === 'city' && city.code) {
      return {
        ...city,
        text,
        start: first.start,
        end: m.index + m[0].length,
        note: `「${before}${m[0]}」是开发区等功能区，不是行政区划，按所在城市 ${city.names.city ?? ''}（${city.code}）处理`,
      };
    }
  }
  return first;
}
