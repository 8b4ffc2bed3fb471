/**
 * The history list's 记录数: a count for every import, 0 included, and a rules-only notice
 * named as such instead of a blank cell; records joined and duties changed said apart, in words.
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
      '0（关联已有 31 条）',
    );
    expect(recordCountText({ kind: 'import', records: 3, tables: ['records'], joined: 7 })).toBe(
      '3（关联已有 7 条）',
    );
    // Duties are counted as duties, not records: a rule re-dating a programme's duties.
    expect(
      recordCountText({
        kind: 'import',
        records: 2,
        tables: ['milestones', 'records'],
        joined: 29,
        duties: 25428,
      }),
    ).toBe('2（关联已有 29 条，期限 25428 项）');
    expect(
      recordCountText({ kind: 'replan', records: 0, tables: ['milestones'], duties: 40 }),
    ).toBe('0（期限 40 项）');
    expect(
      recordCountText({ kind: 'milestone_bulk', records: 0, tables: ['milestones'], duties: 3 }),
    ).toBe('0（期限 3 项）');
    // A change that touches no record (a saved view) has nothing to count.
    expect(recordCountText({ kind: 'view_save', records: 0, tables: ['views'] })).toBe('');
  });
});
