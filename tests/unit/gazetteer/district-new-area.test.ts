/**
 * A new area written after its city and named after the district it grew out of is that
 * district; an area named otherwise keeps its city, in the resolver and in the splitter.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/split-prefix';

describe('a new area named after its district', () => {
  it('places the area in the district of that name', () => {
    const r = resolveRegion('广州市南沙新区');
    expect(r.code).toBe('440115');
    expect(r.end).toBe(7);
    expect(r.note).toContain('南沙区');
  });

  it('splits the area off a list line as the region, not the title', () => {
    const s = splitRegionPrefix('广州市南沙新区');
    expect(s.resolution.code).toBe('440115');
    expect(s.rest).toBe('');
  });

  it('keeps the city for an area named after no district of it', () => {
    expect(resolveRegion('长沙市湘江新区').code).toBe('430100');
    expect(splitRegionPrefix('长沙市湘江新区').resolution.code).toBe('430100');
  });
});

describe('a new area written without its city', () => {
  const previous = resolveRegion('杭州市萧山区');

  it('is the district of that name in the city the context or the item before gives', () => {
    for (const opts of [
      { context: '浙江省杭州市' },
      { previous },
      { context: '浙江省', previous },
    ]) {
      const r = resolveRegion('钱塘新区云帆社区', opts);
      expect(r.code).toBe('330114');
      expect(r.end).toBe(4);
      expect(r.note).toContain('钱塘区');
    }
  });

  it('is nothing in another city, with no city in scope, or with a township after it', () => {
    expect(resolveRegion('钱塘新区云帆社区', { context: '浙江省宁波市' }).code).toBeNull();
    expect(resolveRegion('钱塘新区云帆社区', { context: '浙江省' }).code).toBeNull();
    expect(resolveRegion('钱塘新区云帆社区').code).toBeNull();
    expect(resolveRegion('钱塘新区', { previous: resolveRegion('宁波市鄞州区') }).code).toBeNull();
    expect(resolveRegion('钱塘新区白杨街道云帆社区', { context: '浙江省杭州市' }).end).not.toBe(4);
  });
});
