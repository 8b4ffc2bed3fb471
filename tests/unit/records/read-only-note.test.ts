/**
 * The note the grid shows when a keystroke meets a column it does not write: the region
 * columns send the clerk to the region text, which they follow; computed columns say so.
 */
import { describe, expect, it } from 'vitest';
import { readOnlyNote } from '../../../src/renderer/src/features/records/read-only-note';

describe('read-only column note', () => {
  it('a region code or name points to the region text it follows', () => {
    const columns: [string, string][] = [
      ['regionCode', '区划代码'],
      ['province', '省份'],
      ['region', '区划（名称与代码）'],
      ['unitCode', '单位代码'],
    ];
    for (const [colId, header] of columns) {
      const note = readOnlyNote(colId, header);
      expect(note).toContain(`「${header}」`);
      expect(note).toContain('请修改「地区（原文）」');
    }
  });

  it('a computed column says the ledger fills it, without mentioning regions', () => {
    const note = readOnlyNote('id', '编号');
    expect(note).toBe('「编号」由台账自动生成，不能修改');
    expect(readOnlyNote('mentions', '来源')).not.toContain('地区');
  });

  it('clearing the kind says it cannot be empty and how to change it', () => {
    expect(readOnlyNote('kind', '类别')).toContain('不能清空');
  });
});
