/**
 * A municipality's zone named after one of its districts, today's or a former one (重庆市万盛经开区
 * for the former 万盛区, whose code 綦江区 kept when it took it in; 重庆市璧山高新区 for 璧山区): a
 * 直辖市's districts are its county level, and a zone that bears a district's whole name stands
 * for that district, as the zone written without the municipality already reads. A zone named
 * for no district (两江新区) stays the municipality's.
 */
import { isValidOn, loadGazetteer, todayIso, type Unit } from './gazetteer-data';
import type { RegionResolution, ResolveOptions } from './resolve-region';

export function municipalZoneDistrict(
  municipality: Unit,
  name: string,
  opts: ResolveOptions,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const g = loadGazetteer();
  const prefix = municipality.code.slice(0, 2);
  const named = g.units.filter(
    (u) =>
      u.level === 'county' &&
      !u.pseudo &&
      u.code.startsWith(prefix) &&
      (u.name === `${name}区` || u.name === `${name}县`),
  );
  // A county become a district under the same name (璧山县 → 璧山区) is one place: today's name.
  const today = named.filter((u) => isValidOn(u, todayIso()));
  const one = new Set(named.map((u) => u.code)).size === 1 ? named : today;
  if (one.length === 0 || new Set(one.map((u) => u.code)).size !== 1) return null;
  const r = resolve(`${municipality.name}${one[0]!.name}`, opts);
  return r.code !== null && r.level === 'county' ? r : null;
}
