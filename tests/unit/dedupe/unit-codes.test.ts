/**
 * The identity read keeps whole only the records whose codes can name the draft's unit
 * (mayBeSameUnit): never one that unitRelation would find the same unit, and it does turn
 * away the township next door and the county above a township.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitRelation, type IdentityRecord } from '../../../src/main/core/dedupe/identity';
import { unitNameKey } from '../../../src/main/core/dedupe/normalize';
import { placeOf, type RegionMapper } from '../../../src/main/core/dedupe/region';
import { mayBeSameUnit } from '../../../src/main/core/dedupe/unit-codes';

// Invented codes: county 990101 merged into 990102, 990104 split into 990102 and 990103,
// 990100 and 990200 cities (990200 without counties), 990000 their province.
const map: RegionMapper = (code) =>
  code === '990101' ? ['990102'] : code === '990104' ? ['990102', '990103'] : [code];
const historical = (code: string) =>
  placeOf(
    { id: 0, kind: '', programme: null, year: null, batch: null, regionCode: code } as never,
    map,
    unitNameKey,
  ).historical;

const record = (
  regionCode: string | null,
  unitCode: string | null,
  town: string | null = null,
  unit: string | null = null,
): IdentityRecord => ({
  id: 1,
  kind: 'zone',
  programme: '甲项目',
  year: null,
  batch: null,
  regionCode,
  unitCode,
  town,
  unit,
  regionText: null,
  title: null,
});

const REGIONS = [
  '990101',
  '990102',
  '990103',
  '990104',
  '990100',
  '990200',
  '990000',
  null,
  '9901',
];
const UNITS = [
  null,
  '990101',
  '990102',
  '990102001',
  '990102002',
  '990101001',
  '990103001',
  '990104001',
  '990200001',
  '990102001001',
  '990102001002',
];
const TOWNS = [null, '青石街道', '青石街道办事处', '白沙街道'];
const UNIT_NAMES = [null, '青石社区', '白沙社区'];

const records = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.constantFrom(...UNITS),
    fc.constantFrom(...TOWNS),
    fc.constantFrom(...UNIT_NAMES),
  )
  .map(([r, u, t, n]) => record(r, u, t, n));

describe('a unit told from its codes alone', () => {
  it('keeps every record identity finds the same unit, renamed or not', () => {
    fc.assert(
      fc.property(records, records, (a, b) => {
        if (unitRelation(a, b, map) !== 'different')
          expect(mayBeSameUnit(a, b, historical)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns away another township of the county and the county above a township', () => {
    const town = record('990102', '990102001', '青石街道');
    expect(mayBeSameUnit(town, record('990102', '990102002', '白沙街道'), historical)).toBe(false);
    expect(mayBeSameUnit(town, record('990102', '990102'), historical)).toBe(false);
    expect(mayBeSameUnit(record('990102', '990102'), town, historical)).toBe(false);
    // two communities of one township
    expect(
      mayBeSameUnit(record('990102', '990102001001'), record('990102', '990102001002'), historical),
    ).toBe(false);
  });

  it('keeps the same township, one renumbered with its county, and a county’s former code', () => {
    const town = record('990102', '990102001', '青石街道');
    expect(mayBeSameUnit(town, record('990102', '990102001'), historical)).toBe(true);
    expect(mayBeSameUnit(town, record('990101', '990101001', '青石街道'), historical)).toBe(true);
    // a street of the old county, written without its township code
    expect(mayBeSameUnit(town, record('990101', '990101', '青石街道'), historical)).toBe(true);
    expect(mayBeSameUnit(record('990101', '990101'), record('990102', '990102'), historical)).toBe(
      true,
    );
    // placed nowhere or at a province: the names decide, never the codes
    expect(mayBeSameUnit(town, record(null, '990102002'), historical)).toBe(true);
    expect(mayBeSameUnit(town, record('990000', '990102002'), historical)).toBe(true);
  });
});
