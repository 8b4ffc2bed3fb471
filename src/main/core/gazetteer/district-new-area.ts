/**
 * A new area written after its city and named after the district it grew out of
 * ("某市金州新区" for 金州区): the area has no GB/T 2260 code, so the resolver stops at the
 * city. When the city has a district of that very name (the name with 区 for 新区), the line
 * is placed there and the note asks for a check; an area named otherwise (西海岸新区) keeps the
 * city, and nothing is guessed from a name found in another city. A township written after the
 * area is left to the readers of a zone's townships (the area may have taken it from a neighbour).
 */
import type { ResolveOptions, RegionResolution } from './resolve-region';

/** The area's own name (two to four characters) right after the city, then 新区. */
const NEW_AREA = /^([\u4e00-\u9fff]{2,4}?)新区/;
const TOWNSHIP_AFTER = /^[\u4e00-\u9fff]{1,8}?(街道|办事处|镇|乡|村|社区)/;

/** The line placed in the district the area `area` is named after, with the note to check it. */
function inDistrict(
  district: RegionResolution,
  name: string,
  text: string,
  start: number,
  end: number,
  area: string,
): RegionResolution {
  const note = `「${area}」是以${name}命名的新区，不是行政区划，按${name}（${district.code}）计，请核对`;
  return { ...district, text, start, end, note };
}

export function districtNewArea(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  if (first.level !== 'city' || !first.code) return null;
  const rest = text.slice(first.end);
  const m = NEW_AREA.exec(rest);
  if (!m?.[1] || TOWNSHIP_AFTER.test(rest.slice(m[0].length))) return null;
  const head = text.slice(0, first.end);
  const district = resolve(`${head}${m[1]}区`, opts);
  const name = district.names.county;
  if (
    district.level !== 'county' ||
    !district.code ||
    !name ||
    district.code.slice(0, 4) !== first.code.slice(0, 4) ||
    district.end !== head.length + m[1].length + 1
  )
    return null;
  return inDistrict(district, name, text, first.start, first.end + m[0].length, m[0]);
}

/** A township's words: the area may have taken the township from a neighbour. */
const TOWNSHIP_NAMED_AFTER = /^[\u4e00-\u9fff]{1,8}?(街道|办事处|镇|乡)/;

/** The city the notice's context names, else the one the list's item before lies in. */
function cityInScope(
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): string | null {
  const stated = opts.context ? resolve(opts.context, {}) : null;
  if (stated?.level === 'city' && stated.code) return stated.code.slice(0, 4);
  const before = opts.previous;
  const province = stated?.code?.slice(0, 2) ?? '';
  if (before?.code?.startsWith(province) && before.names.city && before.level !== 'city')
    return before.code.slice(0, 4);
  return null;
}

/**
 * The same area written without its city where the notice's context or the list's item before
 * gives the city ("钱塘新区云帆社区" after 萧山瓜沥七彩社区 on a page about 杭州): that city's
 * district of that name, the community after it read no further (the area may hold it under
 * another name). Only a district of that city, and never with a township after the area (left
 * to the readers of a zone's townships).
 */
export function contextDistrictNewArea(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  if (first.level !== null && first.level !== 'province') return null;
  const m = NEW_AREA.exec(text);
  if (!m?.[1] || TOWNSHIP_NAMED_AFTER.test(text.slice(m[0].length))) return null;
  const city = cityInScope(opts, resolve);
  if (city === null) return null;
  const district = resolve(`${m[1]}区`, { ...opts, previous: undefined });
  const name = district.names.county;
  if (
    district.level !== 'county' ||
    !district.code ||
    name !== `${m[1]}区` ||
    district.code.slice(0, 4) !== city
  )
    return null;
  return inDistrict(district, name, text, 0, m[0].length, m[0]);
}
