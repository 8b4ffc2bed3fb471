/**
 * Development zones nobody listed: "成都高新区", "长沙经开区", "某某工业园区". They are not
 * GB/T 2260 units and most have no alias in our table, but staff always mean a zone inside
 * the city named in front of the suffix. So when the resolver found nothing more specific
 * than a province, a city name directly before a zone suffix answers with that city, and
 * the note says why. Zones with a known county (区政合一) are in the alias table instead.
 */
import { loadGazetteer } from './gazetteer-data';
import { unitNames } from './place';
import type { ResolveOptions, RegionResolution } from './resolve-region';
import { contextScope } from './scope';

const ZONE_SUFFIX =
  /(国家级?)?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|保税区|投资区|新区|园区|试验区)/;

/**
 * A zone written with no place in front ("经开区富强路社区") under a notice whose context is
 * one city: the zone is that city's, and nothing says which county, so the answer is the
 * city and the note asks for a check. Without such a context nothing is guessed.
 */
function inContextCity(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  zoneWord: string,
): RegionResolution {
  const units = contextScope(loadGazetteer(), opts.context).units;
  const city = units[0];
  if (units.length !== 1 || !city || city.level !== 'city') return first;
  return {
    ...first,
    code: city.code,
    level: 'city',
    names: unitNames(city),
    current: null,
    regionCode: city.code,
    start: 0,
    end: zoneWord.length,
    note: `「${zoneWord}」是开发区等功能区，不是行政区划，未写明所在区县，按上下文所在城市 ${city.name}（${city.code}）处理，请核对`,
  };
}

/**
 * "经开区（某某区）某某街道…": a zone written bare, then the district it is run with in
 * brackets. The bracketed name is the division, so it places the line; the note keeps the zone.
 */
function bracketedCounty(
  text: string,
  opts: ResolveOptions,
  zoneWord: string,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const inner = /^[（(]\s*([\u4e00-\u9fff]{2,8}?(?:区|县|市|旗))\s*[）)]/.exec(
    text.slice(zoneWord.length),
  );
  if (!inner?.[1]) return null;
  const county = resolve(inner[1], opts);
  if (county.level !== 'county' || !county.code || county.end !== inner[1].length) return null;
  return {
    ...county,
    text,
    start: 0,
    end: zoneWord.length + inner[0].length,
    note: `「${zoneWord}」是开发区等功能区，不是行政区划，按括注的 ${inner[1]}（${county.code}）处理`,
  };
}

/** The bracketed district of a zone written at the start of the text, or null. */
export function zoneWithBracketedCounty(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const m = ZONE_SUFFIX.exec(text);
  return m?.index === 0 ? bracketedCounty(text, opts, m[0], resolve) : null;
}

export function resolveWithZoneFallback(
  text: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution {
  const first = resolve(text, opts);
  if (first.level !== null && first.level !== 'province') return first;
  const m = ZONE_SUFFIX.exec(text);
  if (!m) return first;
  if (m.index === 0)
    return bracketedCounty(text, opts, m[0], resolve) ?? inContextCity(text, opts, first, m[0]);
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
