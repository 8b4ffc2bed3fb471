/**
 * "济源路办事处淮北社区": a place's short name with a road word and a street word after it names
 * the road a street office is called after (济源路街道 of 郑州's 上街区), not that place; the
 * place written in full, or followed by anything else, is still the place.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';

const split = (text: string, ctx = {}) => gazetteerRegionLookup().splitPrefix(text, ctx);

describe('a street office named after a road named after a place', () => {
  it('is no prefix of that place', () => {
    expect(split('济源路办事处淮北社区')).toBeNull();
    expect(split('济源路街道淮北社区')).toBeNull();
  });

  it('reads inside its county where the context gives one', () => {
    const ctx = { province: '河南省', city: '郑州市', county: '上街区' };
    expect(split('济源路办事处淮北社区', ctx)?.regionText).toBe('济源路办事处淮北社区');
  });

  it('leaves the place written in full, or without a road after it, alone', () => {
    expect(split('济源市五龙口镇')?.regionText).toBe('济源市');
    expect(split('济源五龙口镇')?.regionText).toMatch(/^济源/);
  });
});
