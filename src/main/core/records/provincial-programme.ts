/**
 * A province's own programme as a notice about one of its units writes it. The province's
 * confirmation names it with the province in front (浙江省…, or 全省… which the reader turns
 * into the province); a city's or county's notice often writes 省级… (or 本省…, 我省…) instead,
 * and a progress report may leave out an inclusive qualifier (城乡 of 城乡社区: urban and rural
 * communities, so 社区 alone is no other subject). For a unit of that province these are one
 * programme: the scope word can only mean the unit's own province. Any other province's name,
 * a national scope or a city's (市级…) is never this province's programme.
 */
import { provinceOf } from '../export/provinces';
import { programmeBase } from './programme-name';

/** The scope words that name the speaking province without its name. */
const OWN_SCOPE = /^(?:省级|全省|本省|我省)/;

/**
 * A qualifier that takes in what the shorter name names: 城乡社区 is every 社区, urban or rural.
 * 农村 or 城市 narrow the subject instead, so they are never left out.
 */
const INCLUSIVE_QUALIFIER = /城乡(?=社区)/;

/** The name after the province's scope, or null when it is no programme of the unit's province. */
function afterOwnScope(name: string, unitCode: string): string | null {
  const province = provinceOf(null, unitCode);
  if (province.sortCode === null) return null;
  const base = programmeBase(name);
  const own = OWN_SCOPE.exec(base)?.[0];
  const short = province.name.replace(/(?:省|市|自治区|回族自治区|壮族自治区|维吾尔自治区)$/, '');
  const scope =
    own ?? [province.name, short].find((p) => p.length >= 2 && base.startsWith(p)) ?? null;
  if (scope === null) return null;
  const rest = base.slice(scope.length);
  // A name that goes on with another scope or level (浙江省级, 省级市级…) is not read here.
  return rest.length >= 6 && !/^(?:省|市|县|区|级)/.test(rest) ? rest : null;
}

/**
 * A name written with no scope or level word in front (未来社区试点), long enough to be a
 * programme's: what a scoped name of the unit's province may have been written without.
 */
function bareName(name: string): string | null {
  const base = programmeBase(name);
  return base.length >= 6 && !/^(?:全国|国家|中央|省|市|县|区|级)/.test(base) ? base : null;
}

/** The name is written bare: no scope of the unit's province, no national scope, no level. */
export function isBareProgramme(name: string, unitCode: string): boolean {
  return afterOwnScope(name, unitCode) === null && bareName(name) !== null;
}

/** The name with its inclusive qualifier left out. */
const unqualified = (rest: string) => rest.replace(INCLUSIVE_QUALIFIER, '');

/**
 * How two names are one programme of the province of the unit coded `unitCode`: 'scope' when
 * they differ only in how the province is written (省级X, 浙江省X), 'qualifier' when one also
 * leaves out an inclusive qualifier (省级社区X, 浙江省城乡社区X), 'bare' when one is the other
 * with its scope left out (未来社区试点 for 全省未来社区试点: a local page names its province's
 * programme without saying whose, so only a later notice naming the same batch may mean it —
 * a bare name may as well be a national programme's); null otherwise (the same name, another
 * province's, national, or names that differ in anything else).
 */
export function provincialRelation(
  a: string,
  b: string,
  unitCode: string,
): 'scope' | 'qualifier' | 'bare' | null {
  if (programmeBase(a) === programmeBase(b)) return null;
  const ra = afterOwnScope(a, unitCode);
  const rb = afterOwnScope(b, unitCode);
  if (ra === null && rb === null) return null;
  if (ra === null || rb === null) {
    const bare = programmeBase(ra === null ? a : b);
    return bare === (ra ?? rb) ? 'bare' : null;
  }
  if (ra === rb) return 'scope';
  return unqualified(ra) === unqualified(rb) ? 'qualifier' : null;
}

/**
 * The end of the name that every name of its province's programme ends with, however its scope
 * and qualifier are written (what a search of stored names by their end can use), or null when
 * the name is no programme of the unit's province.
 */
export function provincialTail(name: string, unitCode: string): string | null {
  // A bare name (no scope, no place) is its own tail: a scoped name of it ends so.
  const rest = afterOwnScope(name, unitCode) ?? bareName(name);
  if (rest === null) return null;
  const q = INCLUSIVE_QUALIFIER.exec(rest);
  return q ? rest.slice(q.index + q[0].length) : rest;
}
