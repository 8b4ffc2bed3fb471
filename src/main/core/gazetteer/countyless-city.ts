/**
 * Cities with no county level: a prefecture-level city whose towns and streets sit directly
 * under it (东莞市 and 中山市 in the statistical lists, whose town codes carry the city's own
 * code), or whose one county-level entry is only the city itself again (a statistical stand-in
 * bearing the city's own name). Read from the division data on a date, never from a list of
 * names: a city that gains districts (or a county-level city raised to a prefecture) changes
 * with the data. A town written bare in such a city's notice can only lie in that city.
 */
import { isValidOn, loadGazetteer, todayIso, type Gazetteer, type Unit } from './gazetteer-data';
import { loadTowns } from './towns';

/** Whether `city` (valid on `day`) holds no county of its own on that day. */
export function hasNoCounties(city: Unit, day: string): boolean {
  if (city.level !== 'city' || !isValidOn(city, day)) return false;
  const counties = (loadGazetteer().children.get(city) ?? []).filter(
    (c) => c.level === 'county' && isValidOn(c, day),
  );
  if (counties.length === 0) return loadTowns().byCounty.has(city.code);
  return counties.length === 1 && counties[0]!.name === city.name;
}

/** Per loaded gazetteer (a reload gives new units), the answer for each day asked. */
const answers = new WeakMap<Gazetteer, Map<string, Unit[]>>();

/** Every city with no counties on `asOf` (the names a notice's headings are searched for). */
export function countylessCities(asOf?: string): Unit[] {
  const day = asOf ?? todayIso();
  const g = loadGazetteer();
  let byDay = answers.get(g);
  if (!byDay) answers.set(g, (byDay = new Map()));
  let found = byDay.get(day);
  if (!found) {
    found = g.units.filter((u) => u.level === 'city' && hasNoCounties(u, day));
    byDay.set(day, found);
  }
  return found;
}
