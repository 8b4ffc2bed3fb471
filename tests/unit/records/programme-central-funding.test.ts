/**
 * A national programme written with the central funding that pays for it in front
 * (中央财政支持…) is the programme named bare or with its national scope; a province's own
 * funding (省级财政支持…) is no national scope, and the words after the funding still count.
 */
import { describe, expect, it } from 'vitest';
import {
  nationalBase,
  nationalStarts,
  programmeBase,
} from '../../../src/main/core/records/programme-name';

const national = (name: string) => nationalBase(programmeBase(name));

describe('a programme named after its central funding', () => {
  it('is the programme named bare or with its national scope', () => {
    expect(national('中央财政支持雨水花园建设试点')).toBe('雨水花园建设试点');
    expect(national('全国雨水花园建设试点')).toBe('雨水花园建设试点');
    expect(national('中央财政资金支持国家雨水花园建设试点')).toBe('雨水花园建设试点');
    expect(nationalStarts('雨水花园建设试点')).toContain('中央财政支持雨水花园建设试点');
  });

  it('is not a province’s funding nor another programme', () => {
    expect(national('省级财政支持雨水花园建设试点')).toBe('省级财政支持雨水花园建设试点');
    expect(national('中央财政支持雨水花园建设示范')).not.toBe(national('雨水花园建设试点'));
  });
});
