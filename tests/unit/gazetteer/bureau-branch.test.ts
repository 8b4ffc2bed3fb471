/**
 * A city bureau's branch named after its district ("某市公安局某某分局…", "某某分局…" under a city
 * the context names): the branch lies in the district whose name it carries without the level
 * word; a branch no district of the city is named after stays at the city.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/split-prefix';

const code = (text: string, context?: string) =>
  resolveRegion(text, { ...(context ? { context } : {}), asOf: '2021-06-01' }).code;

describe('a city bureau’s branch named after a district', () => {
  it('is the district, after the city and its bureau', () => {
    expect(code('杭州市公安局西湖分局北山派出所')).toBe('330106');
    expect(code('南京市税务局鼓楼分局')).toBe('320106');
    // A new area's level word is 新区.
    expect(code('天津市公安局滨海分局')).toBe('120116');
  });

  it('is the district of the context’s city when the branch is written alone', () => {
    expect(code('河西分局友谊路派出所', '天津市')).toBe('120103');
    expect(code('西湖分局灵隐派出所', '浙江省杭州市')).toBe('330106');
  });

  it('stays at the city when no district carries the name, or without a city', () => {
    expect(code('杭州市公安局交通分局')).toBe('330100');
    expect(code('河西分局友谊路派出所')).toBeNull();
    expect(code('河西分局友谊路派出所', '河北省')).toBeNull();
  });

  it('splits the region off through 分局, the station after it', () => {
    const split = splitRegionPrefix('杭州市公安局西湖分局北山派出所', { asOf: '2021-06-01' });
    expect(split.resolution.code).toBe('330106');
    expect(split.rest).toBe('北山派出所');
  });
});
