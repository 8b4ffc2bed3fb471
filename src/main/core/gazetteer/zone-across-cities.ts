/**
 * "西咸新区北杜街道阳光里第一社区" on a page of 西安市: a new area the table knows may take in
 * townships of more than one city (西咸新区 holds streets of 咸阳市's districts as well as 西安市's),
 * so a township written after it that the notice's city does not hold is looked for in the
 * province the city lies in. Only a zone named in front of the township, never a bare zone word
 * (高新区…, which is the city's own), and only when the city alone found nothing: the zone's note
 * says where the township lies.
 */
import { loadGazetteer } from './gazetteer-data';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope } from './scope';

/** A zone's own name before its zone word, then the township written after it. */
const NAMED_ZONE_TOWN =
  /^[\u4e00-\u9fff]{2,6}?(?:新区|开发区|高新区|经开区|试验区|实验区)[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡)/;

export function resolveZoneAcrossCities(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution {
  if (first.code || !opts.context || !NAMED_ZONE_TOWN.test(text.trim())) return first;
  const units = contextScope(loadGazetteer(), opts.context).units;
  const city = units[0];
  if (units.length !== 1 || !city || city.level !== 'city' || !city.parent) return first;
  const wider = resolve(text, { ...opts, context: city.parent.name });
  return wider.code && (wider.level === 'town' || wider.level === 'village') ? wider : first;
}
