/**
 * A county's short name that only opens a township's own name of its province ("天津河西务镇":
 * 河西务镇 of 武清区, not 河西区 + "务镇") is that township. Controls: the short name written
 * alone is still its county (天津河西), and a short county followed by one of its own
 * townships still leads it (鄞州百丈街道).
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const AS_OF = { asOf: '2022-06-30' };

describe('a short county name running into a township’s own name', () => {
  it('is that township of its province, not the county read short', () => {
    expect(resolveRegion('天津河西务镇', AS_OF).code).toBe('120114109');
    expect(resolveRegion('天津市河西务镇', AS_OF).code).toBe('120114109');
  });

  it('leaves the short name its county where it is the county', () => {
    expect(resolveRegion('天津河西', AS_OF).code).toBe('120103');
    expect(resolveRegion('鄞州百丈街道', AS_OF).code).toBe('330212008');
    expect(resolveRegion('宁波鄞州百丈街道', AS_OF).code).toBe('330212008');
  });
});
