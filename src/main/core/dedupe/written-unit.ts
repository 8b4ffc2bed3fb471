/**
 * The unit below the county as a notice writes it: its last named place, a township (乡, 镇,
 * 街道, 苏木) or a village or community (村, 社区, 嘎查, 居委会). Codes alone cannot tell a
 * village the gazetteer does not know from its township: both carry the township's 9 digits
 * (东征村 and 乾坤湾乡 of 永和县; 中渡社区 and 荷花社区 of 楚江镇), so a list of villages would
 * be folded into the township's record, or two communities of one town into one.
 */
import { unitNameKey } from './normalize';
import type { IdentityRecord } from './identity';

/** A named place below the county at the end of what is written (no parent level inside). */
const LEAF = /[^省市区县旗州盟镇乡道]{2,}(?:村|社区|嘎查|街道|镇|乡|苏木)$/;
const VILLAGE = /(?:村|社区|嘎查)$/;
/** What a committee's name adds to its village or community (东岗村村委会 is 东岗村). */
const COMMITTEE = /(?:居民委员会|村民委员会|居委会|村委会)$/;

interface WrittenUnit {
  name: string;
  level: 'village' | 'township';
}

/** The unit's own name below the county and its level, or null when none is written. */
export function writtenUnit(text: string | null): WrittenUnit | null {
  const key = unitNameKey(text).replace(COMMITTEE, '');
  const leaf = LEAF.exec(key)?.[0];
  if (!leaf) return null;
  return { name: leaf, level: VILLAGE.test(leaf) ? 'village' : 'township' };
}

const written = (r: IdentityRecord) => writtenUnit(r.unit ?? r.regionText);

/**
 * Whether the units two records write below the county may be one: a village (or community)
 * is never its township, and two villages written by different names are two, unless the
 * gazetteer placed both at one 12-digit code (a village known by two names). A township's
 * name is left to its code, which follows a renaming (楚江镇 → 楚江街道); where either side
 * writes no such unit, nothing is told.
 */
export function writtenUnitsAgree(a: IdentityRecord, b: IdentityRecord): boolean {
  // Only where the gazetteer placed a side below the county: two records it left at the
  // county's code were joined by their names as before (a list cut short to the township,
  // 万盛经开区万东镇 for its 五和村, still finds its village).
  if ((a.unitCode ?? '').length < 9 && (b.unitCode ?? '').length < 9) return true;
  const x = written(a);
  const y = written(b);
  if (!x || !y) return true;
  if (x.level !== y.level) return false;
  if (x.level === 'township' || x.name === y.name) return true;
  const ua = a.unitCode ?? '';
  return ua.length === 12 && ua === b.unitCode;
}
