import { describe, expect, it } from 'vitest';
import { clusterKey, clusterValues } from '../../../src/main/core/records/value-clusters';

describe('value clusters (key collision)', () => {
  it('folds width, punctuation, spaces and case', () => {
    expect(clusterKey('全国社区治理和服务创新实验区（第三批）')).toBe(
      clusterKey('全国社区治理和服务创新实验区(第三批) '),
    );
    expect(clusterKey('第 三 批')).toBe('第三批');
  });

  it('clusters only variants, suggesting the most used value', () => {
    const clusters = clusterValues([
      { value: '第三批', ids: [1, 2, 3] },
      { value: '第 三 批', ids: [4] },
      { value: '第四批', ids: [5] },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.suggested).toBe('第三批');
    expect(clusters[0]!.values.map((v) => v.count)).toEqual([3, 1]);
  });
});
