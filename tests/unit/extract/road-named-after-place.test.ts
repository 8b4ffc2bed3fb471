/**
 * "济源路办事处淮北社区": a place's short name with a road word and a street word after it names
 * the road a street office is called after (济源路街道 of 郑州's 上街区), not that place; the
 * place written in full, or followed by anything else, is still the place.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { txtDoc } from './helpers';

const split = (text: string, ctx = {}) => gazetteerRegionLookup().splitPrefix(text, ctx);
const regions = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).records.map(
    (r) => r.regionText,
  );

describe('a street office named after a road named after a place', () => {
  it('is no prefix of that place: the office is the place as written', () => {
    expect(split('济源路办事处淮北社区')?.regionText).toBe('济源路办事处');
    expect(split('济源路街道淮北社区')?.regionText).toBe('济源路街道');
  });

  it('still starts its unit in prose, so no unit named after such a road is dropped', () => {
    expect(
      regions(
        '天津市民政局关于公布示范社区名单的通知\n南京路街道新疆路社区、友谊路街道平山道社区获评全国综合减灾示范社区。',
      ),
    ).toEqual(['南京路街道新疆路社区', '友谊路街道平山道社区']);
  });

  it('reads inside its county where the context gives one', () => {
    const ctx = { province: '河南省', city: '郑州市', county: '上街区' };
    expect(split('济源路办事处淮北社区', ctx)?.regionText).toBe('济源路办事处淮北社区');
  });

  it('leaves the place written in full, or without a road after it, alone', () => {
    // The place and its township (五龙口镇, which the statistical table writes 济源市五龙口镇).
    expect(split('济源市五龙口镇')?.regionText).toBe('济源市五龙口镇');
    expect(split('济源五龙口镇')?.regionText).toMatch(/^济源/);
  });
});
