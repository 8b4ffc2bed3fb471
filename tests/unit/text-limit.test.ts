/**
 * A limit counts characters as a clerk counts them: a character outside the BMP (CJK
 * Extension B, two UTF-16 code units) is one, in the count, the cut and the message.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { charCount, charLimitProblem, charsAtMost, clipChars } from '../../src/shared/text-limit';
import { titleLengthProblem } from '../../src/shared/title-limit';

const EXT_B = '𠀀𠀁𠀂𠀃𠀄'; // five characters, ten code units

describe('characters, not code units', () => {
  it('counts an Extension-B character once', () => {
    expect(EXT_B.length).toBe(10);
    expect(charCount(EXT_B)).toBe(5);
    expect(charCount('社区治理')).toBe(4);
    // a lone surrogate (a broken paste) is one character, as the browser shows it
    expect(charCount('a\uD840')).toBe(2);
  });

  it('cuts at characters, never inside one', () => {
    expect(clipChars(EXT_B, 5)).toBe(EXT_B);
    expect(clipChars(EXT_B, 3)).toBe('𠀀𠀁𠀂');
    expect(clipChars('社区治理', 2)).toBe('社区');
  });

  it('refuses past the limit with the count a clerk sees', () => {
    expect(charLimitProblem('单位', EXT_B.repeat(20), 100)).toBeNull();
    expect(charLimitProblem('单位', EXT_B.repeat(20) + '社', 100)).toBe(
      '单位有 101 字，超过上限 100 字，请删减后再试',
    );
    // a title of 1,500 Extension-B characters is within the 2,000 (3,000 code units)
    const title = EXT_B.repeat(300);
    expect(titleLengthProblem(title)).toBeNull();
    expect(titleLengthProblem(title + '社'.repeat(501))).toContain('标题有 2001 字');
  });

  it('a schema bound counts characters, trimmed first where it trims', () => {
    const s = charsAtMost(z.string().trim(), 5, '批次');
    expect(s.parse(` ${EXT_B} `)).toBe(EXT_B);
    const r = s.safeParse(`${EXT_B}社`);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('批次有 6 字，超过上限 5 字，请删减后再试');
  });
});
