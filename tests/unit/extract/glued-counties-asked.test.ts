/**
 * The glued counties' check asks the division list about a short city only where a county's
 * name could follow it: a city and county pair ends as some division's name does, and the
 * list of those endings is a keyed lookup where a split is a full resolution. The answers are
 * the same with the shortcut as without it.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { endsLikeDivisionName } from '../../../src/main/core/import/extract/city-county-names';
import { gluedCountySpans } from '../../../src/main/core/import/extract/glued-counties';
import type { RegionLookup } from '../../../src/main/core/import/extract/types';

/** The gazetteer's lookup, counting the splits asked; `endings` false drops the shortcut. */
function counting(endings: boolean): { lookup: RegionLookup; asked: string[] } {
  const base = gazetteerRegionLookup();
  const asked: string[] = [];
  const lookup: RegionLookup = {
    ...base,
    splitPrefix: (text, ctx) => {
      asked.push(text);
      return base.splitPrefix(text, ctx);
    },
  };
  if (!endings) delete lookup.pairMayEndIn;
  return { lookup, asked };
}

describe('where a glued run of counties is looked for', () => {
  it('every pair the list reads ends as a division name does', () => {
    const lookup = gazetteerRegionLookup();
    // 枣庄市中区: the county's own name starts with 市, so the pair ends in 中区, no name alone.
    for (const pair of ['梅州大埔', '岳阳平江', '上饶市铅山', '黄冈黄梅', '枣庄市中区']) {
      expect(lookup.cityCountyPair?.(pair)).toBe(true);
      expect(lookup.pairMayEndIn?.(pair.slice(-2))).toBe(true);
    }
    expect(endsLikeDivisionName('开展')).toBe(false);
    expect(endsLikeDivisionName('入选')).toBe(false);
  });

  it('no short city is asked about where no county could follow it', () => {
    const key = '各地陆续开展了实验工作';
    const plain = counting(false);
    const keyed = counting(true);
    expect(gluedCountySpans(key, 0, 0, keyed.lookup)).toBeNull();
    expect(gluedCountySpans(key, 0, 0, plain.lookup)).toBeNull();
    expect(keyed.asked).toEqual([]);
    expect(plain.asked).toHaveLength(3);
  });

  it('a run of counties after a short city is read as before', () => {
    const key = '梅州大埔丰顺入选历史文化名县';
    const plain = counting(false);
    const keyed = counting(true);
    const spans = gluedCountySpans(key, 0, 0, keyed.lookup);
    expect(spans?.map(([s, e]) => key.slice(s, e))).toEqual(['梅州大埔', '丰顺']);
    expect(spans).toEqual(gluedCountySpans(key, 0, 0, plain.lookup));
  });

  it('a lookup without the pair reading reads no run, as before', () => {
    const { lookup, asked } = counting(true);
    delete lookup.cityCountyPair;
    expect(gluedCountySpans('梅州大埔丰顺入选', 0, 0, lookup)).toBeNull();
    expect(asked).toEqual([]);
  });
});
