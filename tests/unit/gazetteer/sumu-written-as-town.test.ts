/**
 * A banner's 苏木 (the Mongolian 乡) written 镇 or 乡 (散都镇 for 散都苏木), and a 镇 written 苏木:
 * the one township of that stem with the other rural level word, said as a near match. A 街道 of
 * the stem is another unit.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const BANNER = '内蒙古自治区通辽市科尔沁左翼后旗';

describe('a sumu written with another rural level word', () => {
  it('is the sumu of that stem (镇 and 乡)', () => {
    for (const written of ['散都镇', '散都乡']) {
      const r = resolveRegion(written, { context: BANNER });
      expect(r.code).toBe('150522203');
      expect(r.note).toContain('散都苏木');
    }
  });

  it('reads a town written 苏木 as that town', () => {
    expect(resolveRegion('甘旗卡苏木', { context: BANNER }).code).toBe('150522100');
  });

  it('never makes a street of the stem a sumu', () => {
    expect(resolveRegion('散都街道', { context: BANNER }).code).not.toBe('150522203');
  });
});
