/**
 * A ministry acting on the list it names first ("农业农村部对2021年…名单进行公示") publishes it as
 * "农业农村部公布…名单" does: the programme the page writes bare is the ministry's, not the
 * province its headline names.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup, type RegionLookup } from '../../../src/main/core/import/extract';
import { namedByNationalOrgan } from '../../../src/main/core/import/extract/national-act';

const lookup: RegionLookup = gazetteerRegionLookup();

describe('a national organ acting on a list', () => {
  it('publishes it when it acts on the list first (对…进行公示)', () => {
    expect(
      namedByNationalOrgan('10月25日，农业农村部对2021年中国美丽休闲乡村名单进行公示。', lookup),
    ).toBe(true);
  });

  it('is no national act when a province’s organ does it (control)', () => {
    expect(
      namedByNationalOrgan('10月25日，长沙市农业农村局对全市美丽乡村名单进行公示。', lookup),
    ).toBe(false);
  });

  it('is no act of the list across a clause (control)', () => {
    expect(namedByNationalOrgan('10月25日，农业农村部对此高度重视，各地进行公示。', lookup)).toBe(
      false,
    );
  });
});
