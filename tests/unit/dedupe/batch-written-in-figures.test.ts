/**
 * A follow-up writes the batch another way: 第2批 in figures for 第二批, 第一批 for 首批. Each
 * is the same batch; another number is not.
 */
import { describe, expect, it } from 'vitest';
import { batchesAgree } from '../../../src/main/core/dedupe/identity';

describe('a batch written in figures or as 首批', () => {
  it('is the same batch', () => {
    expect(batchesAgree('第2批', '第二批')).toBe(true);
    expect(batchesAgree('第１批', '首批')).toBe(true);
    expect(batchesAgree('第1批', '第一批')).toBe(true);
    expect(batchesAgree('第10批', '第十批')).toBe(true);
    expect(batchesAgree('第12批', '第十二批')).toBe(true);
    expect(batchesAgree('第21届', '第二十一届')).toBe(true);
  });

  it('never another batch', () => {
    expect(batchesAgree('第2批', '第三批')).toBe(false);
    expect(batchesAgree('第12批', '第二批')).toBe(false);
    expect(batchesAgree('第1批', '第一届')).toBe(false);
  });
});
