/**
 * A zone written in traditional characters (a Big5 page's 示範區, 開發區) carries the same
 * suffix as the simplified one: it is read as that zone, in the place it is named after, when
 * the split is made on the text as written, not left unresolved.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/index';

describe('a zone suffix in traditional characters', () => {
  it('resolves as the simplified zone does', () => {
    expect(resolveRegion('济源示范区').regionCode).toBe('419001');
    expect(resolveRegion('濟源示範區').regionCode).toBe('419001');
    expect(resolveRegion('長沙經開區').regionCode).toBe(resolveRegion('长沙经开区').regionCode);
  });

  it('is split off a list piece with its written offsets', () => {
    const s = splitRegionPrefix('濟源示範區等20個地區', { context: '河南省' });
    expect(s.resolution.regionCode).toBe('419001');
    expect(s.region).toBe('濟源示範區');
    expect(s.rest).toBe('等20個地區');
  });
});
