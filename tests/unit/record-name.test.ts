import { describe, expect, it } from 'vitest';
import { recordName, storedRecordName } from '../../src/shared/record-name';

describe('recordName: what a message calls a record', () => {
  it('is the title, cut when long', () => {
    expect(recordName({ title: '推行小区议事会制度' })).toBe('《推行小区议事会制度》');
    expect(recordName({ title: '一二三四五六七八九十', regionText: 'x' }, 4)).toBe('《一二三四…》');
  });
  it('is the place or unit when the title is empty, never an empty 《》 or a number', () => {
    expect(recordName({ title: ' ', regionText: '保定市竞秀区' })).toBe('「保定市竞秀区」');
    expect(storedRecordName({ id: 76, title: null, unit: '竞秀区民政局' })).toBe(
      '「竞秀区民政局」',
    );
    expect(storedRecordName({ id: 76 })).toBe('一条未命名记录');
  });
});
