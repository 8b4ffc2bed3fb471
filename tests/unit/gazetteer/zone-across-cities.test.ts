/**
 * A new area that takes in townships of two cities (西咸新区: streets and towns of 西安市 and of
 * 咸阳市) is not confined to the notice's city, and a zone's word written bare is never a county
 * with one character wrong. Composed strings, not taken from any notice read.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a township after a new area that crosses its city border', () => {
  it('is found in the province when the notice’s city does not hold it', () => {
    const r = resolveRegion('西咸新区高庄镇某某社区', {
      context: '陕西省西安市',
      asOf: '2023-06-01',
    });
    expect(r.regionCode).toBe('610423');
  });
});

describe('a zone’s word written bare', () => {
  it('is the city’s zone, not a county one character away (高新区 is not 高陵区)', () => {
    const r = resolveRegion('高新区某某街道某某社区', {
      context: '陕西省西安市',
      asOf: '2023-06-01',
    });
    expect(r.regionCode).not.toBe('610117');
  });
});
