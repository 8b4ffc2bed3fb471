/**
 * A follow-up names a programme short, one run of modifiers left out of its middle: the
 * shortened name is the same programme; a name that leaves out its subject, its scope or its
 * unit word is not.
 */
import { describe, expect, it } from 'vitest';
import { isShortenedProgramme } from '../../../src/main/core/records/programme-name';

describe('a programme named short', () => {
  it('is the programme with a run of modifiers left out', () => {
    expect(isShortenedProgramme('全国邻里互助和服务创新试验区', '全国邻里互助试验区')).toBe(true);
    expect(isShortenedProgramme('云岭省邻里互助创新试验区', '云岭省邻里互助试验区')).toBe(true);
    expect(isShortenedProgramme('全国邻里和睦家园建设示范单位', '全国邻里和睦家园示范单位')).toBe(
      true,
    );
    // Written with its levels bracket or in full width, it is still the same name.
    expect(
      isShortenedProgramme('全国邻里互助和服务创新试验县（市、区）', '全国邻里互助试验县'),
    ).toBe(true);
  });

  it('never when the subject, the scope or the unit word is what is left out', () => {
    expect(isShortenedProgramme('全国山村邻里互助试验区', '全国邻里互助试验区')).toBe(false);
    expect(isShortenedProgramme('全国邻里互助和服务创新试验区', '邻里互助和服务创新试验区')).toBe(
      false,
    );
    expect(isShortenedProgramme('全国邻里互助创新试验区', '全国邻里互助创新')).toBe(false);
    expect(isShortenedProgramme('全国邻里互助示范试验区', '全国邻里互助试验区')).toBe(false);
    // Two runs left out, or the same name: not this rule's.
    expect(isShortenedProgramme('全国城镇邻里互助创新试验区', '全国邻里互助试验区')).toBe(false);
    expect(isShortenedProgramme('全国邻里互助试验区', '全国邻里互助试验区')).toBe(false);
    expect(isShortenedProgramme(null, '全国邻里互助试验区')).toBe(false);
  });
});
