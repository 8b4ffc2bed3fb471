/**
 * One unit at a province's own code, for two untitled records in two programmes. A list of
 * provinces (国家新型城镇化综合试点: 江苏省, 安徽省) or of cities that counts the municipalities
 * among them (海绵城市建设试点: 重庆市) files the unit at the province's code, and so does a
 * unit the gazetteer cannot place below the province (重庆市两江新区, a provincial body). Such
 * a record is placed nowhere, so only its code and its words tell it: the same code, no
 * township, and the same words written after the province's own name on both sides, by the
 * division data — none for the province itself (江苏, 江蘇, 江苏省), 两江新区 for that new area
 * (a zone's name read as zone-below-region.ts reads it).
 * The province itself and a unit in it stay apart.
 */
import { writtenBelowRegion } from './region-own-name';
import { zoneBelowRegion } from './zone-below-region';
import type { DedupeRecord } from './types';

const PROVINCE_CODE = /^\d{2}0000$/;

/** What the record writes below its province's own name, or null when it is not so filed. */
function belowProvince(r: DedupeRecord): string | null {
  const code = r.regionCode ?? '';
  if (!PROVINCE_CODE.test(code) || r.town) return null;
  if (r.unitCode && r.unitCode !== code) return null;
  // a zone named with the municipality's name again or not (重庆市重庆高新区, 重庆高新区) is one
  return zoneBelowRegion(r.written, code) ?? writtenBelowRegion(r.written, code);
}

/** Two records at one province's code that name one unit there (the province, or one below). */
export function sameUnitInProvince(x: DedupeRecord, y: DedupeRecord): boolean {
  if (x.regionCode !== y.regionCode) return false;
  const below = belowProvince(x);
  return below !== null && below === belowProvince(y);
}
