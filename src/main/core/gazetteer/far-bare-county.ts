/**
 * A county written bare (沈丘县, 信州) in a notice whose context is one city or county: a list
 * of that place names its own counties bare, never another province's, so a name placed only
 * outside the context's province is a namesake (an old name of the city's own land, a
 * historical county of the same name) and no code is given. Written with its province or
 * city in front, the far county is meant and kept; a province's context is left alone (its
 * relays of national lists write other provinces' counties bare). Checked on the final
 * answer, after the readings inside the context have had their turn.
 */
import { parseChain } from './chain-parser';
import { type Gazetteer, loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import type { RegionResolution } from './resolve-region';
import { contextScope } from './scope';

const NO_NAMES = { province: null, city: null, county: null, town: null, village: null };

function farNote(
  g: Gazetteer,
  text: string,
  context: string | undefined,
  code: string,
): string | null {
  const ctx = contextScope(g, context);
  if (ctx.corps || !ctx.units.length) return null;
  if (!ctx.units.every((u) => u.level === 'city' || u.level === 'county')) return null;
  if (ctx.units.some((u) => u.code.slice(0, 2) === code.slice(0, 2))) return null;
  const key = normalizeRegionText(text).key;
  const first = parseChain(g, key, 0).parts[0];
  if (!first || first.zone || !first.units.every((u) => u.level === 'county')) return null;
  const place = ctx.units.map((u) => u.name).join('、');
  return `「${key.slice(first.start, first.end)}」只在${place}所在省份以外有同名区县，通知未写明其省市，未采用，请核对`;
}

export function withoutFarBareCounty(
  text: string,
  context: string | undefined,
  res: RegionResolution,
): RegionResolution {
  if (!res.regionCode || !context) return res;
  const note = farNote(loadGazetteer(), text.slice(res.start, res.end), context, res.regionCode);
  return note
    ? { ...res, code: null, level: null, names: NO_NAMES, regionCode: null, current: null, note }
    : res;
}
