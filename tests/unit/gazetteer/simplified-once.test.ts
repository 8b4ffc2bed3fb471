/**
 * A text split off a notice is simplified to normalise it and again to look for a zone's
 * suffix in it: the normalised text keeps OpenCC's conversion, the same as converting again.
 */
import { describe, expect, it } from 'vitest';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer';
import { normalizeRegionText, simplify } from '../../../src/main/core/gazetteer/normalize';

describe('a text simplified once for the splitter', () => {
  it('keeps what OpenCC gives for the whole text', () => {
    for (const text of [
      '濟源示範區實驗區',
      '河南省濟源示範區入選',
      '乾燥的天氣',
      ' 長(cháng)寧縣 ',
      '',
    ]) {
      expect(normalizeRegionText(text).simplified).toBe(simplify(text));
    }
  });

  it('a zone written in traditional characters is still read after its place', () => {
    const first = splitRegionPrefix('河南省濟源示範區入選第一批名單');
    expect(first.region).toBe('河南省濟源示範區');
    expect(splitRegionPrefix('河南省濟源示範區入選第一批名單')).toEqual(first);
  });
});
