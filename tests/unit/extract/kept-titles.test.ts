/**
 * A review's verdict keeping titles, its object after 对 ("决定对A村等N个村（社区）保留“…”称号"),
 * composed here with other places and another honour: the places it keeps are the review's
 * entries, kept (no status of the vocabulary), as an assessment's objects are its entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('titles a review keeps, after 对', () => {
  it('the village the verdict keeps, named as the first of its count, is the entry', () => {
    const { n, codes, warned } = readResolved(
      '关于“全省文明示范村”复核结果的通报\n经厅务会审议，决定对宝鸡市陈仓区虢镇街道代家湾村等318个村保留“全省文明示范村”称号（见附件），撤销另外5个村的称号。',
    );
    expect(codes).toEqual(['610304']);
    // Keeping a title is no outcome: neither accepted nor revoked.
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual([null]);
    expect(warned).toContain('count_mismatch');
  });

  it('a verdict listing the kept places in full keeps each of them', () => {
    const { codes } = readResolved(
      '复核结果\n经复核，决定对渭南市临渭区、铜川市耀州区予以保留“省级平安示范区”称号。',
    );
    expect(codes).toEqual(['610502', '610204']);
  });

  it('a verdict taking titles away is not read as keeping them', () => {
    const { n } = readResolved(
      '复核结果\n经复核，决定对宝鸡市陈仓区虢镇街道代家湾村等3个村撤销“全省文明示范村”称号。',
    );
    expect(n.records.every((r) => r.outcome?.status !== undefined)).toBe(true);
  });
});
