/**
 * A heading line that counts two kinds of unit ("4个示范县、20个示范乡镇名单") states no one
 * count for the list under it: its first number counts only the first kind, so it is no list's
 * count (a page listing all 24 is not short of its heading).
 */
import { describe, expect, it } from 'vitest';
import { statedCount } from '../../../src/main/core/import/extract/counts';

describe('a count heading that counts two kinds', () => {
  it("is no count of the list's entries", () => {
    expect(statedCount('4个示范县、20个示范乡镇名单')).toBeNull();
    expect(statedCount('2个市15个县名单')).toBeNull();
  });

  it('leaves a heading counting one kind its count', () => {
    expect(statedCount('12个特色产业小镇名单')).toBe(12);
    expect(statedCount('20个示范乡镇名单')).toBe(20);
  });
});
