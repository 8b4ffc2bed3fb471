/**
 * "认定后沟村等3个地名为…" over a table whose rows write the place before the name (晋中市榆次区
 * | 后沟村): the sentence's example is the first row's own name, and its count is the list's;
 * a page cut inside the table is warned of. Composed from our own sentences; the places are
 * real.
 */
import { describe, expect, it } from 'vitest';
import { exampleCount } from '../../../src/main/core/import/extract/counts';
import { readResolved } from './helpers';

describe('a count stated with the first entry’s own name as example', () => {
  it('counts the list whose first row ends with that name', () => {
    expect(
      exampleCount('经评审，认定后沟村等3个地名为省级地名保护名录。', '晋中市榆次区后沟村'),
    ).toBe(3);
  });

  it('warns when fewer rows are shown', () => {
    const { warned } = readResolved(
      [
        '山西省民政厅关于认定第一批省级地名保护名录的通知',
        '各市民政局：',
        '经专家评审，认定后沟村等3个地名为省级地名保护名录。',
        '附件：第一批省级地名保护名录',
        '1.晋中市榆次区后沟村',
        '2.运城市永济市蒲州镇',
      ].join('\n'),
    );
    expect(warned).toContain('count_mismatch');
  });
});
