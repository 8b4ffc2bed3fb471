/**
 * A ministry's news promoting a collection of cases names its first with 推广/推介 and counts
 * the rest ("推广A等10个…典型案例"): A is the page's entry, the count says the rest are not
 * here. A place promoted for its experience without a count stays no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('the example a promotion names before its count', () => {
  it('is an entry, the rest said missing', () => {
    const { codes, warned } = readResolved(
      '日前，某部发布案例集，推广江苏省常州市天宁区茶山街道某某社区等8个老旧小区改造典型案例，供各地学习借鉴。',
    );
    expect(codes).toEqual(['320402']);
    expect(warned).toContain('count_mismatch');
  });

  it('is read after 推介 as well', () => {
    const { codes } = readResolved(
      '近日，某部推介江苏省常州市溧阳市某某村等6个乡村治理典型案例，供各地学习借鉴。',
    );
    expect(codes).toEqual(['320481']);
  });
});

describe('a place promoted for its experience', () => {
  it('is no entry without a count of cases', () => {
    const { codes } = readResolved(
      '会议要求，各地要认真总结，积极推广江苏省常州市天宁区社区治理的经验做法，不断提升服务水平。',
    );
    expect(codes).toEqual([]);
  });
});
