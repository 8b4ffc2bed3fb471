/**
 * A development or new zone nobody listed (重庆高新区, 四川天府新区, 武汉东湖高新区), then
 * a township: zones are not GB/T 2260 units, but the township is, and it says which county
 * it is in. The township is searched where the zone lies — the city or province written
 * before it, the notice's scope, or the city of a statistical zone unit — never nationwide.
 */
import type { DevZone, Unit } from './gazetteer-data';
import { matchTowns, type TownMatch } from './sub-county';

/**
 * A zone's name at a position: any short stem, then a zone word. 投资区 is the 台商投资区
 * of Fujian's coastal cities (泉州、漳州), run over townships of neighbouring counties; a
 * scenic or tourist area (黄果树旅游区, 蜀冈-瘦西湖风景名胜区) is run over townships the same way.
 */
export const UNLISTED_ZONE =
  /^[\u4e00-\u9fff]{0,6}?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|示范区|工业园区|产业园区|投资区|风景名胜区|旅游度假区|旅游区)/;

export interface ZoneTowns {
  towns: TownMatch[];
  zone: DevZone;
}

/** Search prefixes for units a zone may lie in: a province's 2 digits, a city's 4. */
export function zonePrefixes(units: readonly Unit[]): string[] {
  return units.map((u) => {
    let p: Unit | null = u;
    while (p && p.pseudo) p = p.parent;
    const base = p ?? u;
    return base.level === 'province' ? base.code.slice(0, 2) : base.code.slice(0, 4);
  });
}

/**
 * The townships after a zone word at `pos` (the zone's name running from `nameStart`),
 * inside the given prefixes; null when no zone word is written there or no township follows.
 */
export function townsAfterZone(
  key: string,
  nameStart: number,
  pos: number,
  prefixes: string[],
): ZoneTowns | null {
  const word = UNLISTED_ZONE.exec(key.slice(pos));
  if (!word || prefixes.length === 0) return null;
  const towns = matchTowns(key, pos + word[0].length, prefixes);
  if (!towns.length) return null;
  return {
    towns,
    zone: {
      names: [key.slice(nameStart, pos + word[0].length)],
      city: prefixes[0] ?? '',
      counties: [],
      source: '未列入开发区对照表',
    },
  };
}
