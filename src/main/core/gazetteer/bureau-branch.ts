/**
 * A city bureau's branch named after the district it serves: "某市公安局某某分局某某派出所", or
 * "某某分局…" alone once the city is said (in the notice's context). Police, tax and market
 * bureaus keep one branch per district and name it by the district's name without its level
 * word, so the resolver stops at the city. The branch lies in that district: the one
 * county-level unit of the city, valid on the day, whose name is the branch's name and a
 * level word (区, 县, 新区, 市, 旗). A name no district of that city carries leaves the city.
 */
import { isValidOn, loadGazetteer, todayIso, type Gazetteer, type Unit } from './gazetteer-data';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope, isMunicipality } from './scope';

/** The bureau (optional, right after the city), then the branch's district name and 分局. */
const BRANCH = /^\s*(?:[\u4e00-\u9fff]{1,8}?局)?([\u4e00-\u9fff]{2,3}?)分局/;
const LEVEL_WORD = /^(?:区|县|新区|市|旗)$/;

/** A prefecture, or a municipality (whose districts sit right under it). */
function holdsDistricts(u: Unit): boolean {
  return u.level === 'city' || (u.level === 'province' && isMunicipality(u.code));
}

function districtNamed(g: Gazetteer, city: Unit, stem: string, day: string): Unit | null {
  const found = (g.children.get(city) ?? []).filter(
    (u) =>
      u.level === 'county' &&
      isValidOn(u, day) &&
      u.name.startsWith(stem) &&
      LEVEL_WORD.test(u.name.slice(stem.length)),
  );
  return new Set(found.map((u) => u.code)).size === 1 ? found[0]! : null;
}

export function bureauBranch(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  const g = loadGazetteer();
  // The city written in front of the bureau, else (nothing read at the front) the context's.
  const written = first.code !== null && first.end > 0;
  const cities = written
    ? (g.byCode.get(first.code!) ?? []).filter(holdsDistricts)
    : contextScope(g, opts.context).units.filter(holdsDistricts);
  if (written && first.level !== 'city' && first.level !== 'province') return null;
  const at = written ? first.end : 0;
  const m = BRANCH.exec(text.slice(at));
  if (!m?.[1] || cities.length !== 1) return null;
  // A bureau written with no city in front is some other organ's branch.
  if (!written && m[0].trimStart().length !== m[1].length + 2) return null;
  const day = opts.asOf ?? todayIso();
  const city = cities[0]!;
  const district = districtNamed(g, city, m[1], day);
  if (!district) return null;
  const found = resolve(`${city.name}${district.name}`, opts);
  if (found.code !== district.code) return null;
  return {
    ...found,
    text,
    start: written ? first.start : at + m[0].length - m[0].trimStart().length,
    end: at + m[0].length,
    note: `「${m[1]}分局」是${city.name}以${district.name}命名的分局，按${district.name}（${district.code}）计`,
  };
}
