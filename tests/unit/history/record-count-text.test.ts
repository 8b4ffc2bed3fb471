/**
 * The history list's 记录数: a count for every import, 0 included, and a rules-only notice
 * named as such instead of a blank cell.
 */
import { describe, expect, it } from 'vitest';
import { recordCountText } from '../../../src/shared/operations';

describe('记录数 in the history list', () => {
  it('shows the count, 0（仅规则） for a notice that brought only rules, 0 for an empty import', () => {
    expect(recordCountText({ kind: 'import', records: 31, tables: ['records', 'rules'] })).toBe(
      '31',
    );
    expect(
      recordCountText({ kind: 'import', records: 0, tables: ['notices', 'records', 'rules'] }),
    ).toBe('0（仅规则）');
    expect(recordCountText({ kind: 'import', records: 0, tables: ['notices'] })).toBe('0');
    // An import that joined records already held says so (not a bare 0), beside any it made.
    expect(recordCountText({ kind: 'import', records: 0, tables: ['mentions'], joined: 31 })).toBe(
      '0（关联已有 31）',
    );
    expect(recordCountText({ kind: 'import', records: 3, tables: ['records'], joined: 7 })).toBe(
      '3（另关联 7）',
    );
    // A change that touches no record (a saved view) has nothing to count.
    expect(recordCountText({ kind: 'view_save', records: 0, tables: ['views'] })).toBe('');
  });
});
