/**
 * Region names a site masked with asterisks set apart by spaces, as content farms mask the
 * ethnic words of autonomous regions' names (宁夏 *** 自治区, 新疆 *** 尔自治区).
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a masked autonomous region before its county', () => {
  it('reads the county the rest of the name gives', () => {
    expect(resolveRegion('宁夏 *** 自治区同心县', { asOf: '2022-06-01' }).regionCode).toBe(
      '640324',
    );
    expect(
      resolveRegion('新疆 *** 尔自治区克拉玛依市独山子区', { asOf: '2022-06-01' }).regionCode,
    ).toBe('650202');
  });
});
