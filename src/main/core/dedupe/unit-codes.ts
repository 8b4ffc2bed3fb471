/**
 * Whether two records can name the same unit, told from their codes alone: what must hold
 * for unitRelation (identity.ts) to find them anything but different. An index holds both
 * codes, so a lookup by identity reads whole only the records that pass, not every record
 * of a county (a county holds dozens of records of one programme in a big ledger, a unit
 * one or two). Never stricter than unitRelation: a record it turns away is one identity
 * would have turned away too, so the answers stay the same.
 */
export interface UnitCodes {
  regionCode: string | null;
  unitCode: string | null;
}

/** The township a unit code names (its first nine digits), as placeOf reads it. */
const townOf = (unit: string | null) =>
  unit !== null && unit.length >= 9 ? unit.slice(0, 9) : null;

/** A county or city code: a place compareRegions weighs by its codes. */
const placed = (code: string | null): code is string =>
  code !== null && /^\d{6}$/.test(code) && !code.endsWith('0000');

export function mayBeSameUnit(
  a: UnitCodes,
  b: UnitCodes,
  /** the code is a unit's former one (placeOf's `historical`: renamed, merged or re-coded) */
  historical: (code: string) => boolean,
): boolean {
  // placed nowhere, or at a province: identity weighs the names, not the codes
  if (!placed(a.regionCode) || !placed(b.regionCode)) return true;
  // two communities of one township are two units
  const [ua, ub] = [a.unitCode ?? '', b.unitCode ?? ''];
  if (ua.length === 12 && ub.length === 12 && ua !== ub) return false;
  const ta = townOf(a.unitCode);
  const tb = townOf(b.unitCode);
  // Two townships are one when their codes are, or when a renumbered county gave the same
  // township another code (its name decides): never two codes of one county.
  if (ta !== null && tb !== null) return ta === tb || ta.slice(0, 6) !== tb.slice(0, 6);
  // Two units without a township: the same county or city, or one county in the other city.
  if (ta === null && tb === null) return true;
  // A township and a unit without one are parent and child, unless the latter is written
  // under its county's former code with the township's name (a street of an old 城区).
  const bare = ta === null ? a : b;
  return historical(bare.regionCode!);
}
