/**
 * A title granted (授予…称号) closes the creation of pilots of that very title only: a province's
 * title of the same words (省级…示范县) granted on a page telling a national creation pilot is a
 * first naming, no pass (recognition-outcome.ts).
 */
import { describe, expect, it } from 'vitest';
import { recognitionOutcome } from '../../../src/main/core/import/extract/recognition-outcome';

const PILOT = '崂山区作为全国首批13个综合减灾示范县创建试点推进各项工作。';

describe('a title granted beside a creation pilot', () => {
  it('closes nothing when the title is a province’s', () => {
    const grant = '省政府授予崂山区等5个区“省级综合减灾示范县”称号。';
    expect(recognitionOutcome(grant, grant + PILOT)).toBeNull();
  });

  it('closes the pilots of the title granted, written with or without quotes', () => {
    for (const grant of [
      '正式授予崂山区等12个(市、区)首批“全国综合减灾示范县”称号。',
      '正式授予崂山区等12个市区首批全国综合减灾示范县称号。',
    ]) {
      expect(recognitionOutcome(grant, grant + PILOT)).toEqual({ status: '已验收' });
    }
  });
});
