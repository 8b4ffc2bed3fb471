/**
 * A resolved place: a county-level (or larger) unit, optionally a township and a village
 * under it, or a development zone standing for several counties. Turns into the shared
 * `RegionNames` and codes of the Resolution contract.
 */
import type { RegionLevel, RegionNames } from '../../../shared/domain';
import {
  type DevZone,
  type Gazetteer,
  type Unit,
  cityOf,
  isValidOn,
  provinceOf,
} from './gazetteer-data';
import type { Town } from './towns';
import type { Village } from './villages';

export interface Place {
  unit: Unit;
  zone: DevZone | null;
  town: Town | null;
  village: Village | null;
  fuzzyTown: boolean;
  /** The township as written when its level word differs from today's (文武砂镇 → 文武砂街道). */
  townWritten?: string;
  /** The county-level name was written one character off (壁山县 for 璧山县). */
  fuzzyUnit?: boolean;
  /**
   * The unit is today's version of the county the text writes by an older name (乐都区 for
   * 樂都縣): where both versions count as valid on the day, the written one is preferred.
   */
  unitUnwritten?: boolean;
}

export function placeCode(p: Place): string {
  return p.village?.code ?? p.town?.code ?? p.unit.code;
}

/** A unit's code without its trailing zero pairs: what every code inside it starts with. */
function unitPrefix(u: Unit): string {
  return u.code.replace(/(00)+$/, '');
}

/**
 * The township and village lists are current statistical codes. Under a county since
 * renamed (邵东县, now 邵东市) a township written in the old county carries the new county's
 * code, which did not exist on the notice's date: the answer then stops at the county that
 * was valid, and the township stays only as a name.
 */
function subUnitOutside(p: Place): boolean {
  const sub = p.village?.code ?? p.town?.code;
  return sub !== undefined && !p.unit.pseudo && !p.zone && !sub.startsWith(unitPrefix(p.unit));
}

/** The code to answer with: the deepest one that lies inside the written unit. */
export function answerCode(p: Place): string {
  return subUnitOutside(p) ? p.unit.code : placeCode(p);
}

export function answerLevel(p: Place): RegionLevel {
  return subUnitOutside(p) ? p.unit.level : placeLevel(p);
}

function placeLevel(p: Place): RegionLevel {
  if (p.village) return 'village';
  if (p.town) return 'town';
  return p.unit.level;
}

export function unitNames(u: Unit): RegionNames {
  const province = provinceOf(u);
  const city = cityOf(u);
  return {
    province: province.name,
    city: city?.name ?? null,
    county: u.level === 'county' ? u.name : null,
    town: null,
    village: null,
  };
}

export function placeNames(p: Place): RegionNames {
  return { ...unitNames(p.unit), town: p.town?.name ?? null, village: p.village?.name ?? null };
}

/**
 * The GB/T 2260 code at county level or above that the record hangs on: the unit's own
 * code, or for an NBS functional zone (not a GB/T 2260 county) its prefecture.
 */
export function placeRegionCode(p: Place): string {
  let u: Unit | null = p.unit;
  while (u && (u.pseudo || standsForItsCity(u))) u = u.parent;
  return (u ?? p.unit).code;
}

/**
 * A prefecture-level city without districts (嘉峪关市) appears in the statistical codes a
 * second time as its own county-level unit (620201 嘉峪关市) holding its townships. GB/T
 * 2260 knows only the city (620200), so a record under that unit hangs on the city.
 */
function standsForItsCity(u: Unit): boolean {
  return u.level === 'county' && u.parent?.level === 'city' && u.name === u.parent.name;
}

/** The unit that carries a historical unit's code today, primary successor first. */
export function successorOf(g: Gazetteer, u: Unit, today: string): Unit | null {
  const seen = new Set<Unit>();
  let cur: Unit | null = u;
  while (cur && !isValidOn(cur, today) && !seen.has(cur)) {
    seen.add(cur);
    const next: string | undefined = cur.successors[0];
    cur = next ? (g.current.get(next) ?? null) : null;
  }
  return cur && cur !== u ? cur : null;
}

/** Versions of one place: the same code, or one is the other's (chain of) successor. */
export function sameLineage(a: Unit, b: Unit): boolean {
  return a.code === b.code || a.successors.includes(b.code) || b.successors.includes(a.code);
}
