/**
 * A counted enumeration ("甲村、乙村等N个村被评为…") is looked for only where one can start:
 * where the search resumes after the last one, or right after a sentence ends. Same answers
 * as a search from every character, on long sentences too.
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadMembers } from '../../../src/main/core/import/extract/unread-members';

const names = (n: number) => Array.from({ length: n }, (_, i) => `青禾${i + 1}号村`).join('、');

describe('counted enumerations read where they can start', () => {
  it('finds the count after a long run of names in one sentence', () => {
    const text = `经评审，${names(300)}等400个村被评为示范村。其余另行公布。`;
    const [w] = unreadMembers(keyText(text), [], 0, []);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 400, found: 0 });
    expect(w?.message).toContain('青禾1号村');
  });

  it('takes the next clause of the same sentence when the first is answered', () => {
    const text = '南岭村、北岭村等2个村被评为示范村，东坡村、西坡村等9个村被评为试点村。';
    const [w] = unreadMembers(keyText(text), [], 3, []);
    expect(w).toMatchObject({ stated: 9, found: 3 });
    expect(w?.message).toContain('东坡村');
  });

  it('says nothing when no sentence states a count above what was read', () => {
    const text = `${names(5)}等5个村被评为示范村。\n${names(3)}，共计若干。`;
    expect(unreadMembers(keyText(text), [], 5, [])).toEqual([]);
  });
});
