/**
 * The import button says what is under way while files are analysed or written (the count of
 * previews awaiting commit moves then: "确认导入 1 份" while the second of four is analysed),
 * and the count once it is final. Control: with nothing under way, the count as before.
 */
import { describe, expect, it } from 'vitest';
import { commitLabel } from '../../../src/renderer/src/features/import/commit-label';

describe('commitLabel', () => {
  it('says the work under way, not a count that is still moving', () => {
    expect(commitLabel(1, { verb: '正在分析' })).toBe('正在分析…');
    expect(commitLabel(3, { verb: '正在导入' })).toBe('正在导入…');
    expect(commitLabel(3, { verb: '正在导入' })).not.toMatch(/\d/);
  });

  it('gives the count once nothing is under way (control)', () => {
    expect(commitLabel(4, null)).toBe('确认导入 4 份通知');
  });
});
