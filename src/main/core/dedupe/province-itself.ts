/**
 * A record that is a province itself — a province carrying a pilot out (辽宁省, 遼寧, 内蒙古),
 * no unit, town or title of its own below it. A province's code usually only places a body
 * the gazetteer could not put lower (江苏省某协会), so two such records are told apart by their
 * written names; but the province itself is written whole on one page and short on the next
 * (辽宁省 / 辽宁), and both are the one unit its code names.
 */
import { provinceByName } from '../import/extract/provinces';
import { simplifiedKey } from '../import/readers/simplified-key';
import type { IdentityRecord } from './identity';

const PROVINCE_CODE = /^\d{2}0000$/;

/** The province code the record is, when it is that province itself, or null. */
export function provinceItself(r: IdentityRecord): string | null {
  if (!r.regionCode || !PROVINCE_CODE.test(r.regionCode)) return null;
  if (r.unit || r.town || r.title) return null;
  const written = simplifiedKey((r.regionText ?? '').replace(/[\s\u3000]/g, ''));
  return written && provinceByName(written) ? r.regionCode : null;
}
