/**
 * The ways a later notice names the units of a series' records, from the gazetteer: the
 * county in full, short (德清 for 德清县), under its city (湖州市德清县, 湖州德清), under its
 * province, and by a name it bore before a rename. Used by the perturbation harness
 * (perturb-series.ts) to find a unit in a notice's text and write it another way.
 */
import { shortForms } from '../../../src/main/core/gazetteer';
import {
  cityOf,
  loadGazetteer,
  provinceOf,
  type Unit,
} from '../../../src/main/core/gazetteer/gazetteer-data';

/** One record's unit as the harness rewrites it. */
export interface UnitNames {
  /** The county (or a city-level record's city) as the authoritative notice names it. */
  own: string;
  /** Its short forms (德清县 → 德清); empty when none is safe. */
  short: string[];
  /** The city above it, or '' (a municipality's district, a city-level record). */
  city: string;
  cityShort: string;
  province: string;
  /** The names the unit bore at other times, each with the days it was valid. */
  others: { name: string; from: string; to: string }[];
}

/** Short forms that can stand alone: two characters or more, not a bare level word. */
const standalone = (s: string) => s.length >= 2 && !/^(?:城|矿|郊|市|新)区?$/.test(s);

let written: Map<string, Set<string>> | null = null;

/** Each name and short form of today's units → the codes that bear it. */
function writtenNames(): Map<string, Set<string>> {
  if (written) return written;
  written = new Map();
  for (const u of loadGazetteer().units) {
    if (u.to) continue;
    for (const n of [u.name, ...shortForms(u.name)]) {
      let set = written.get(n);
      if (!set) written.set(n, (set = new Set()));
      set.add(u.code);
    }
  }
  return written;
}

/** True when only one of today's units is written so (its name or its short form). */
export const writtenOnce = (name: string) => (writtenNames().get(name)?.size ?? 0) === 1;

function unitOf(code: string, region: string): Unit | null {
  const g = loadGazetteer();
  const all = g.byCode.get(code) ?? [];
  return all.find((u) => region.includes(u.name)) ?? all[0] ?? null;
}

export function namesOf(
  code: string,
  region: string,
  acceptCodes: string[] = [],
): UnitNames | null {
  const u = unitOf(code, region);
  if (!u || u.level === 'province') return null;
  const g = loadGazetteer();
  const city = u.level === 'county' ? cityOf(u) : null;
  const province = provinceOf(u);
  // A rename (撤县设区, a new name on the same ground) has one unit before it; a merger
  // (港闸区 into 崇川区) has several, and none of their names is the merged unit's.
  const before = new Map<string, Unit>();
  for (const c of [code, ...acceptCodes]) {
    for (const o of g.byCode.get(c) ?? []) if (o !== u && o.to) before.set(o.code + o.name, o);
    for (const o of g.units)
      if (o.successors.includes(c) && o.level === u.level) before.set(o.code + o.name, o);
  }
  const others = new Map<string, { name: string; from: string; to: string }>();
  for (const c of [code, ...acceptCodes])
    for (const o of g.byCode.get(c) ?? [])
      if (o.name !== u.name && o.level === u.level && !o.to)
        others.set(o.name, { name: o.name, from: o.from, to: o.to });
  if (before.size === 1)
    for (const o of before.values())
      if (o.name !== u.name) others.set(o.name, { name: o.name, from: o.from, to: o.to });
  return {
    own: u.name,
    short: shortForms(u.name).filter((x) => standalone(x) && writtenOnce(x)),
    city: city && city.name !== province.name ? city.name : '',
    cityShort: city ? (shortForms(city.name).filter(standalone)[0] ?? '') : '',
    province: province.name,
    others: [...others.values()].map(({ name, from, to }) => ({ name, from, to })),
  };
}

/** True when the unit bears the name on `day`. */
export const validOn = (o: { from: string; to: string }, day: string) =>
  (!o.from || o.from <= day) && (!o.to || day < o.to);

/**
 * True when a name given up in a rename may still be written on `day`: the rename is past,
 * but less than three years ago (a follow-up soon after a 撤县设区 often keeps the old name).
 */
export function oldNameOn(o: { to: string }, day: string): boolean {
  if (!o.to || day < o.to) return false;
  return new Date(day).getTime() < new Date(o.to).getTime() + 3 * 365 * 86_400_000;
}
