/**
 * The notice's own city is read from the pieces before each 市 of its headings; a piece's
 * province is asked only once the piece reads as a city's code (each ask is a gazetteer
 * split, and most pieces before a 市 are no place), and no piece is asked once the headings
 * have named two cities. The control: the city found is the same.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { ownOrdinaryCity } from '../../../src/main/core/import/extract/own-city-towns';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import type { RegionLookup } from '../../../src/main/core/import/extract/types';

function counted(): { lookup: RegionLookup; asked: string[]; read: string[] } {
  const real = gazetteerRegionLookup();
  const asked: string[] = [];
  const read: string[] = [];
  const lookup: RegionLookup = {
    ...real,
    provinceOf: (text) => {
      asked.push(text);
      return real.provinceOf!(text);
    },
    codeOf: (text, ctx) => {
      read.push(text);
      return real.codeOf!(text, ctx);
    },
  };
  return { lookup, asked, read };
}

describe('the own city of a notice’s headings', () => {
  it('asks the province of the city only, not of every piece before a 市', () => {
    const { lookup, asked } = counted();
    const doc = keyText(
      ['苏州市民政局关于公布城市社区治理名单', '', '1.姑苏区双塔街道'].join('\n'),
    );
    expect(ownOrdinaryCity(doc, lookup)).toEqual({ province: '江苏省', city: '苏州市' });
    expect(asked).toEqual(['苏州市']);
  });

  it('still finds no city when the headings name two', () => {
    const { lookup } = counted();
    const doc = keyText(['苏州市无锡市社区治理名单', '', '1.姑苏区双塔街道'].join('\n'));
    expect(ownOrdinaryCity(doc, lookup)).toBeNull();
  });

  it('reads no heading past the second city it names', () => {
    const { lookup, asked, read } = counted();
    const doc = keyText(
      ['苏州市无锡市社区治理名单', '', '1.姑苏区双塔街道', '', '杭州市民政局'].join('\n'),
    );
    expect(ownOrdinaryCity(doc, lookup)).toBeNull();
    expect(asked).toHaveLength(2);
    expect(read.some((t) => t.endsWith('杭州市'))).toBe(false);
  });
});
