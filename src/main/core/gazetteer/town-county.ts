/**
 * The county a run of townships and villages lies in when the notice never names it: a
 * county-level city's own news item ("我市10条村…": 春城街道林田村，春湾镇三乡村…) says only
 * its towns. Towns are ambiguous nationally (hundreds of 城关镇), so the answer must be the
 * one county that holds every entry's township, and a township of that name must hold the
 * entry's village where one is written; anything less places nothing.
 */
import { isValidOn, loadGazetteer, todayIso } from './gazetteer-data';
import { simplify } from './normalize';
import { unitNames } from './place';
import { loadTowns, type Town } from './towns';
import { villagesOfTown } from './villages';

/** "春湾镇三乡村" → town 春湾镇, village 三乡村; a village alone keeps the town before it. */
const TOWN_VILLAGE = /^(.{1,8}?(?:街道|镇|乡|苏木))(.{1,10}(?:村|社区|嘎查))?$/;

/** The people a village is named for ("三乡瑶族村"), which a story often leaves out ("三乡村"). */
const PEOPLE = /(?:土家|布依|蒙古|朝鲜|[\u4e00-\u9fff])族(?=(?:村|社区|嘎查)$)/;

function sameVillage(listed: string, written: string): boolean {
  return listed === written || listed.replace(PEOPLE, '') === written;
}

let byKey: Map<string, Town[]> | null = null;

function townsNamed(key: string): Town[] {
  if (!byKey) {
    byKey = new Map();
    for (const t of loadTowns().all) {
      const list = byKey.get(t.key);
      if (list) list.push(t);
      else byKey.set(t.key, [t]);
    }
  }
  return byKey.get(key) ?? [];
}

export interface CountyOfTowns {
  province: string;
  city: string | null;
  county: string;
}

/**
 * The one county (valid on asOf) that holds every township and village, or null. Townships
 * alone, no village written, say their county only when at least `townsAlone` distinct ones
 * meet in it (several towns' names agree on one county where one name never could) and one of
 * them is named so in that county alone: names every province repeats (城关镇, 新城镇, 河口镇)
 * meet in some county by chance, a county the notice may not be about.
 */
export function countyOfTowns(
  entries: readonly string[],
  asOf?: string,
  townsAlone = Infinity,
): CountyOfTowns | null {
  let counties: string[] | null = null;
  let town = '';
  let villages = 0;
  const towns = new Set<string>();
  let anchored = false;
  for (const entry of entries) {
    const m = TOWN_VILLAGE.exec(simplify(entry));
    const village = m ? (m[2] ?? '') : simplify(entry);
    if (m) town = m[1]!;
    if (!town) return null;
    towns.add(town);
    const here = new Set<string>();
    for (const t of townsNamed(town)) {
      if (t.pseudo) continue;
      if (village && !villagesOfTown(t.code).some((v) => sameVillage(v.key, village))) continue;
      here.add(t.code.slice(0, 6));
    }
    if (village) villages++;
    else if (here.size === 1) anchored = true;
    counties = (counties ?? [...here]).filter((c) => here.has(c));
    if (counties.length === 0) return null;
  }
  // One township alone, its village unknown, is too weak to name a county.
  const code = counties?.length === 1 ? counties[0] : undefined;
  if (!code || (villages === 0 && (towns.size < townsAlone || !anchored))) return null;
  const day = asOf ?? todayIso();
  const unit = (loadGazetteer().byCode.get(code) ?? []).find((u) => isValidOn(u, day));
  if (!unit || unit.level !== 'county') return null;
  const names = unitNames(unit);
  if (!names.province) return null;
  return { province: names.province, city: names.city, county: unit.name };
}
