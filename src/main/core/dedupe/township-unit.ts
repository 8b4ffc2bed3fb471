/**
 * One unit inside one township, for two untitled records the region comparison placed in the
 * same township. A 12-digit code on both sides decides. Otherwise only the written words can
 * tell it, because a village the gazetteer does not know keeps its township's code. Two records
 * are the township itself when each writes nothing after the township's name (成华区双桥子街道 and
 * 雙橋子街道). Two records are one village when each writes a village by one name after it
 * (望城县白箬铺镇光明村 and 望城区白箬铺镇光明村, the county renamed since). A township and a
 * village of it, two villages, and a body the words do not place (某镇敬老院) stay apart.
 */
import { unitNameKey } from './normalize';
import type { DedupeRecord } from './types';
import { writtenUnit } from './written-unit';

/**
 * The words a list adds to one village's name (东征行政村 is 东征村, 巴彦嘎查村 巴彦嘎查). A
 * village and a community of one name stay two here: unlike a join in one programme, nothing
 * else says the village was made the community (烈山镇's 榴园村 and 榴园社区 may be two).
 */
const VILLAGE_WORDS: [RegExp, string][] = [
  [/行政村$/, '村'],
  [/嘎查村$/, '嘎查'],
];

/** 'township' for the township itself, 'village:<name>' for a village in it, else null. */
function unitInTownship(r: DedupeRecord): string | null {
  const town = unitNameKey(r.town);
  const key = unitNameKey(r.written);
  if (town.length < 2 || key === '') return null;
  if (key.endsWith(town)) return 'township';
  const unit = writtenUnit(r.written ?? null);
  if (unit?.level !== 'village') return null;
  return `village:${VILLAGE_WORDS.reduce((n, [re, to]) => n.replace(re, to), unit.name)}`;
}

export function sameUnitInTownship(x: DedupeRecord, y: DedupeRecord): boolean {
  const ux = x.unitCode ?? '';
  const uy = y.unitCode ?? '';
  if (ux.length === 12 && uy.length === 12) return ux === uy;
  const a = unitInTownship(x);
  return a !== null && a === unitInTownship(y);
}
