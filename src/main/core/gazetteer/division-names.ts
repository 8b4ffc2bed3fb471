/**
 * Every division's name the loaded gazetteer knows, of every level and era, once each: what a
 * resolution's province, city and county names are drawn from.
 */
import { loadGazetteer, type Gazetteer } from './gazetteer-data';

const names = new WeakMap<Gazetteer, readonly string[]>();

export function divisionNames(): readonly string[] {
  const g = loadGazetteer();
  let found = names.get(g);
  if (!found) {
    found = [...new Set(g.units.map((u) => u.name))];
    names.set(g, found);
  }
  return found;
}
