/**
 * A city's central districts named as one group ("主城九区", "主城区", "重庆市主城九区"): no one
 * division, but staff mean the city (or the municipality) whose core they are, as a list that
 * names them beside single districts ("主城九区、两江新区、合川区") does. With the city written
 * before the group, or the notice's context one city or municipality, the group answers with
 * that unit and the note says it stands for several districts; a province (no one core) or no
 * context guesses nothing.
 */
import { loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope, isMunicipality } from './scope';

const CENTRAL_GROUP = /主城(?:[一二三四五六七八九十两0-9]+个?)?区$/;

export function resolveCentralDistricts(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution {
  const simple = normalizeRegionText(text).simplified;
  // Offsets hold only when simplifying kept every character in place.
  if (simple.length !== text.length) return first;
  const m = CENTRAL_GROUP.exec(simple);
  if (!m) return first;
  const group = text.slice(m.index);
  const written =
    first.code !== null &&
    first.start === 0 &&
    first.end === m.index &&
    (first.level === 'city' || (first.level === 'province' && isMunicipality(first.code)));
  if (written)
    return {
      ...first,
      text,
      end: text.length,
      note: `「${group}」是城市中心城区的统称，不是单一区划，按${first.names.city ?? first.names.province ?? ''}（${first.code}）处理，请核对`,
    };
  if (m.index !== 0 || (first.code !== null && first.level !== 'province')) return first;
  const units = contextScope(loadGazetteer(), opts.context).units;
  const only = units.length === 1 ? units[0] : undefined;
  // A city, or a municipality (a province holds cities, not one core).
  if (!only || (only.level !== 'city' && !(only.level === 'province' && isMunicipality(only.code))))
    return first;
  return {
    ...first,
    text,
    code: only.code,
    level: only.level,
    names: unitNames(only),
    current: null,
    regionCode: only.code,
    start: 0,
    end: text.length,
    note: `「${group}」是城市中心城区的统称，不是单一区划，按上下文所在的${only.name}（${only.code}）处理，请核对`,
  };
}
