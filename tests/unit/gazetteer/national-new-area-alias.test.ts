/**
 * A national new area that is one district's whole territory (广州南沙新区: the plan's area is
 * today's 南沙区) is that district, written bare, after its city short or in full; its own
 * streets lie in it. A look-alike new area with no alias and another city's name stays unread,
 * and the district's short name keeps its own reading.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';

const code = (t: string, context?: string) => resolveRegion(t, context ? { context } : {}).code;

describe('a national new area written as a place', () => {
  it.each([
    ['南沙新区', '440115'],
    ['广州南沙新区', '440115'],
    ['广东省广州南沙新区', '440115'],
    ['广州市南沙新区', '440115'],
  ])('%s is the district it covers', (t, want) => {
    expect(code(t)).toBe(want);
  });

  it("places the area's own street in it", () => {
    expect(resolveRegion('南沙新区南沙街道').code).toBe('440115001');
  });

  it('reads no new area named like it elsewhere', () => {
    // 深圳 has no 南沙: the name with another city places nothing there.
    expect(code('深圳南沙新区')).not.toBe('440115');
  });
});
