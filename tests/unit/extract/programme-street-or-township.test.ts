/**
 * A programme conferred on streets and, where there are none, townships writes both units in
 * its name (示范街道（乡镇）): the bracketed 乡镇 is part of the name, as 示范村（社区）'s is.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a street programme with its townships bracketed', () => {
  it('keeps 乡镇 in the name', () => {
    expect(programmeIn('荣获“全国老年教育示范街道（乡镇）”称号', null)?.name).toBe(
      '全国老年教育示范街道(乡镇)',
    );
  });

  it('keeps it in a list’s name too', () => {
    expect(programmeIn('2019年全国老年教育示范街道(乡镇)名单正式公布', null)?.name).toBe(
      '全国老年教育示范街道(乡镇)',
    );
  });
});
