/**
 * A county-level management zone the statistics name with its city in front (常德市西洞庭管理区)
 * is read by its own name too (西洞庭管理区), as lists write it. GB/T 2260 gives such a zone no
 * code, so the record hangs on its city (regionCode) while the zone's name stays in the
 * resolution. A development zone's words without its city (经济开发区) stay no place, and a real
 * county whose name looks like a zone's (洪江市 beside 洪江管理区) keeps its own code.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const read = (text: string) => resolveRegion(text, { asOf: '2021-06-01' });

describe('a management zone by its own name', () => {
  it('is read without its city, and hangs on the city', () => {
    expect(read('西洞庭管理区').regionCode).toBe('430700');
    expect(read('察北管理区').regionCode).toBe('130700');
    expect(read('塞北管理区').regionCode).toBe('130700');
    expect(read('屈原管理区').regionCode).toBe('430600');
    expect(read('洪江管理区').regionCode).toBe('431200');
  });

  it('keeps the zone in the resolution', () => {
    expect(read('察北管理区').names.county).toBe('张家口市察北管理区');
  });

  it('is still read with its city or its province in front', () => {
    expect(read('常德市西洞庭管理区').regionCode).toBe('430700');
    expect(read('湖南省西洞庭管理区').regionCode).toBe('430700');
  });

  it('leaves a real county with a like name its own code (control)', () => {
    expect(read('洪江市').regionCode).toBe('431281');
    expect(read('汉沽街道').regionCode).not.toBe('130200');
  });

  it('leaves a zone word without its own name unread (control)', () => {
    expect(read('经济开发区').code).toBeNull();
    expect(read('管理区').code).toBeNull();
    expect(read('屈原').code).toBeNull();
  });
});
