/**
 * A statistical zone written short as a district ("海港区" for a city's 海港经济开发区), whose
 * short form is also a real district of another city. County lists of one city write their
 * zones that way, and the name alone would take the other city's district. The township
 * written after it decides: when it lies in no unit the written name can mean, but in a
 * zone (an NBS functional zone of county level) whose own name holds the written stem, the
 * zone is meant. Both the stem and the township have to agree, so nothing is guessed from
 * a name alone; without a township the written district stands.
 */
import type { ChainPart } from './chain-parser';
import { type Gazetteer, type Unit, isWithin } from './gazetteer-data';
import type { Scope } from './scope';
import { matchTowns, type TownMatch } from './sub-county';

export interface ShortZoneTowns {
  towns: TownMatch[];
  zones: Unit[];
  /** the district as written, e.g. 海港区 */
  written: string;
}

/** A development zone's own word, written right after the short form of its name. */
const ZONE_WORD = /^(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区)/;

/**
 * The zones whose name holds `stem`, inside the notice's scope or the written county's
 * province (anywhere: null).
 */
function zonesWithStem(g: Gazetteer, stem: string, within: Unit[] | null): Unit[] {
  return zoneUnits(g).filter(
    (u) =>
      u.name.includes(stem) &&
      (!within || within.some((w) => isWithin(u, w) || u.code.startsWith(prefixOf(w)))),
  );
}

/**
 * The zones of county level (NBS functional zones), in the list's order: a few hundred of the
 * list's units, picked once per list rather than at every lone district a notice writes.
 */
const zonesOf = new WeakMap<readonly Unit[], Unit[]>();

export function zoneUnits(g: Gazetteer): Unit[] {
  let zones = zonesOf.get(g.units);
  if (!zones) {
    zones = g.units.filter((u) => u.pseudo && u.level === 'county');
    zonesOf.set(g.units, zones);
  }
  return zones;
}

function prefixOf(u: Unit): string {
  if (u.level === 'province') return u.code.slice(0, 2);
  return u.level === 'city' ? u.code.slice(0, 4) : u.code;
}

function provinceOf(u: Unit): Unit {
  let p = u;
  while (p.parent) p = p.parent;
  return p;
}

/**
 * The townships after a lone district name (no city or province written before it) that lie
 * in a same-stem zone rather than in the district; null when the rule does not apply.
 */
export function townsOfShortZone(
  g: Gazetteer,
  key: string,
  parts: ChainPart[],
  ctx: Scope,
): ShortZoneTowns | null {
  const part = parts[0];
  if (parts.length !== 1 || !part || part.zone) return null;
  if (!part.units.length || part.units.some((u) => u.level !== 'county' || u.pseudo)) return null;
  const written = key.slice(part.start, part.end);
  // "滨海开发区大家洼街道…": the short form with the zone's own word after it, not 区.
  const zoneWord = written.endsWith('区') ? '' : (ZONE_WORD.exec(key.slice(part.end))?.[0] ?? null);
  if (zoneWord === null) return null;
  const stem = zoneWord ? written : written.slice(0, -1);
  if (stem.length < 2) return null;
  // With the zone's word written the short form is the zone's, no county's: with no scope, a
  // zone of that stem anywhere (the township after it must lie in it all the same).
  const within = ctx.units.length ? ctx.units : zoneWord ? null : part.units.map(provinceOf);
  const zones = zonesWithStem(g, stem, within).filter(
    (z) => !part.units.some((u) => isWithin(z, u)),
  );
  if (!zones.length) return null;
  const towns = matchTowns(
    key,
    part.end + zoneWord.length,
    zones.map((z) => z.code),
  ).filter((m) => !m.fuzzy);
  return towns.length ? { towns, zones, written: written + zoneWord } : null;
}

export function shortZoneNote(s: ShortZoneTowns): string {
  const zones = s.zones.map((z) => `${z.name}（${z.code}）`).join('、');
  const stem = s.written.replace(
    /(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|区)$/,
    '',
  );
  return `「${s.written}」后所写乡镇不在同名区划内，而在名称含「${stem}」的功能区 ${zones}，按该功能区计，请核对`;
}
