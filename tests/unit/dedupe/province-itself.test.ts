/**
 * A province carrying a pilot out is the one unit its code names, written whole on one page and
 * short on the next (辽宁省 on a 2021 list, 遼寧 / 辽宁 in the 2023 widening), so the later
 * notice joins its record. Controls: two bodies the gazetteer placed only at the province
 * (江苏省某某协会, 江苏省另一协会) stay two, and a province beside another is no match.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegions } from '../../../src/main/core/dedupe/gazetteer-regions';
import { findIdentity, type IdentityRecord } from '../../../src/main/core/dedupe/identity';

const regions = gazetteerRegions();
const PILOT = '内地居民婚姻登记跨省通办试点';

function zone(id: number, regionText: string, regionCode: string, unit: string | null = null) {
  const r: IdentityRecord = {
    id,
    kind: 'zone',
    programme: PILOT,
    year: id === 0 ? 2023 : 2021,
    batch: null,
    regionCode,
    unitCode: regionCode,
    town: null,
    unit,
    regionText,
    title: '',
  };
  return r;
}

const joins = (draft: IdentityRecord, stored: IdentityRecord) =>
  findIdentity(draft, [stored], regions)?.id ?? null;

describe('a province itself, written whole or short', () => {
  it('is one unit: the later notice joins its record', () => {
    expect(joins(zone(0, '辽宁', '210000'), zone(7, '辽宁省', '210000'))).toBe(7);
    expect(joins(zone(0, '遼寧', '210000'), zone(7, '辽宁省', '210000'))).toBe(7);
    expect(joins(zone(0, '内蒙古', '150000'), zone(7, '内蒙古自治区', '150000'))).toBe(7);
  });

  it('leaves two bodies placed only at the province two, and another province apart', () => {
    expect(
      joins(
        zone(0, '江苏省', '320000', '江苏省某某协会'),
        zone(7, '江苏省', '320000', '江苏省另一协会'),
      ),
    ).toBeNull();
    expect(joins(zone(0, '江苏省某某协会', '320000'), zone(7, '江苏', '320000'))).toBeNull();
    expect(joins(zone(0, '辽宁', '210000'), zone(7, '吉林省', '220000'))).toBeNull();
  });
});
