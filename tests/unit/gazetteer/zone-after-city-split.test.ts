/**
 * A zone written after its city ("长沙经开区某局"): the splitter, which the list readers use,
 * stops where resolveRegion places the text, at the zone with its city's code, so that a list
 * line is placed as it resolves.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion, splitRegionPrefix } from '../../../src/main/core/gazetteer';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';

describe('a zone after its city, split as it resolves', () => {
  it.each([
    ['长沙经开区社会事务局', '长沙经开区', '430100'],
    ['成都高新区民政局', '成都高新区', '510100'],
  ])('%s', (text, region, code) => {
    const split = splitRegionPrefix(text);
    expect(split.region).toBe(region);
    expect(split.resolution.regionCode).toBe(code);
    expect(resolveRegion(text).regionCode).toBe(code);
    expect(gazetteerRegionLookup().splitPrefix(text, {})?.regionText).toBe(region);
  });

  it('leaves a zone with no city before it unsplit', () => {
    expect(splitRegionPrefix('东湖新技术开发区某局').end).toBe(0);
  });
});
