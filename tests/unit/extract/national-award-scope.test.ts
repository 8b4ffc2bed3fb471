/**
 * A programme named with the nation's own name (中华慈善奖, 中国…奖) is the nation's: a province
 * relaying its share of the round writes it bare, and no province's name goes in front. A bare
 * name of no scope still takes the notice's place.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/gazetteer-adapter';
import { scopedProgramme } from '../../../src/main/core/import/extract/notice-scope';

const lookup = gazetteerRegionLookup();

describe("a programme named with the nation's name", () => {
  it("keeps 中华… and 中国… bare in a province's relay", () => {
    expect(scopedProgramme('中华慈善奖', '河南省', lookup)).toBe('中华慈善奖');
    expect(scopedProgramme('中国人居环境奖', '江苏省', lookup)).toBe('中国人居环境奖');
  });

  it("still qualifies a bare name of no scope by the notice's place", () => {
    expect(scopedProgramme('慈善奖', '河南省', lookup)).toBe('河南省慈善奖');
  });
});
