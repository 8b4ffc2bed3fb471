/**
 * An organisation named after its city written without 市 ("某州青少年互助中心" for a body of
 * 某州市), or its province without 省 ("某某慈善基金会"): what provincial lists of social
 * organisations print in their unit column. Read only
 * when nothing else placed the name, it ends in an organisation's noun, and its first two
 * characters are the stem of exactly one prefecture or province valid on the day that no other division
 * shares (a zone or district inside it named after it, 某州工业园区, is no rival); a road, street or community word right after the stem (长春路…) is a street's name,
 * never the city, and a context in another province leaves it unplaced.
 */
import { isValidOn, loadGazetteer, todayIso, type Gazetteer, type Unit } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope } from './scope';

const BODY =
  /(协会|商会|学会|研究会|联合会|联谊会|促进会|基金会|服务中心|指导中心|互助中心|发展中心|实验中心|服务社|学校|护理院|养老院|敬老院|福利院)$/;
const STREET_WORD = /^(路|街|道|巷|大道|社区|村|镇|乡|新区|开发区)/;

/** A prefecture written 某某市, or a province written 某某省, by its two-character stem. */
function stemOf(u: Unit): string | null {
  const named =
    (u.level === 'city' && /^[\u4e00-\u9fff]{2}市$/.test(u.name)) ||
    (u.level === 'province' && /^[\u4e00-\u9fff]{2}省$/.test(u.name));
  return named ? u.name.slice(0, 2) : null;
}

/** Every unit of every era by its name's first two characters, built once per gazetteer. */
const byStem = new WeakMap<Gazetteer, Map<string, Unit[]>>();

function unitsOpeningWith(g: Gazetteer, stem: string): Unit[] {
  let index = byStem.get(g);
  if (!index) {
    index = new Map();
    for (const u of g.units) {
      const at = u.name.slice(0, 2);
      const same = index.get(at);
      if (same) same.push(u);
      else index.set(at, [u]);
    }
    byStem.set(g, index);
  }
  return index.get(stem) ?? [];
}

export function resolveShortCityBody(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (t: string) => RegionResolution,
): RegionResolution {
  if (first.code !== null) return first;
  const key = normalizeRegionText(text).key.trim();
  if (key.length < 6 || !BODY.test(key) || STREET_WORD.test(key.slice(2))) return first;
  const g = loadGazetteer();
  const day = opts.asOf ?? todayIso();
  const stem = key.slice(0, 2);
  const sharing = unitsOpeningWith(g, stem).filter((u) => isValidOn(u, day));
  const cities = sharing.filter((u) => stemOf(u) === stem);
  const city = cities.length === 1 ? cities[0]! : null;
  // A zone or district named after the city (某州工业园区 of 某州市) lies inside it: no rival.
  const inside = (u: Unit): boolean =>
    city !== null && u.code.startsWith(city.code.slice(0, city.level === 'city' ? 4 : 2));
  if (!city || sharing.some((u) => u !== city && !inside(u))) return first;
  const scope = contextScope(g, opts.context).units;
  // A city the list inherited from the row before is no bar: the name writes its own city.
  if (scope.length > 0 && !scope.some((u) => u.code.slice(0, 2) === city.code.slice(0, 2)))
    return first;
  const found = resolve(city.name);
  if (found.code !== city.code) return first;
  return { ...found, text, start: 0, end: 2 };
}
