/**
 * Townships and villages after the county-level chain, always inside a known scope.
 * Longest name wins (许镇镇 before 许镇). A township name that differs from exactly one
 * township of the scope by a single character (a heading typo such as 邗江街道 for
 * 邗上街道) is accepted as a fuzzy match and reported as such.
 */
import { isBoundary } from './normalize';
import { swappedLevelTown } from './swapped-town-level';
import { scopeTowns, type Town } from './towns';
import { type Village, rawVillageLine, townCodesUnder, villagesOfTown } from './villages';

export interface TownMatch {
  town: Town;
  end: number;
  fuzzy: boolean;
  /** The township as written when its level word differs from today's (文武砂镇, now a 街道). */
  written?: string;
}

export interface VillageMatch {
  village: Village;
  end: number;
}

const SUB_SUFFIX = /^[\u4e00-\u9fff]{1,6}?(街道|镇|乡|苏木)/;

function stemAccepted(key: string, end: number): boolean {
  if (isBoundary(key[end])) return true;
  const village = /^([\u4e00-\u9fff]{1,8}?)(社区|村|居委会|嘎查)/.exec(key.slice(end, end + 10));
  // A zone, or a second township, between the short name and the village means the short
  // name is the start of a zone's name ("黄果树旅游区龙宫镇龙潭村" is no 黄果树镇 village).
  return !!village && !BETWEEN_STEM_AND_VILLAGE.test(village[1] ?? '');
}

/**
 * A township's level word after its stem. Townships move up a level (撤乡设镇, 撤镇设街道)
 * while notices keep the name of their day and the statistical codes are of 2023: 文武砂镇
 * in an older notice is today's 文武砂街道, the same place under the same name. Only that
 * way: a 街道 written where the codes have a 镇 is no older name of it.
 */
const LEVEL_WORD = /^(街道|镇|乡)/;
const LEVEL_RANK: Record<string, number> = { 乡: 0, 镇: 1, 街道: 2 };

function movedUp(written: string, town: Town): boolean {
  const today = /(街道|镇|乡)$/.exec(town.key)?.[1];
  return today !== undefined && (LEVEL_RANK[written] ?? 9) < (LEVEL_RANK[today] ?? -1);
}

const BETWEEN_STEM_AND_VILLAGE =
  /(旅游区|风景名胜区|新区|开发区|高新区|经开区|园区|投资区|(镇|乡|街道)[\u4e00-\u9fff]{2})/;

/**
 * A street office written with another word: 办事处 for a 街道 (its 街道办事处 cut short, as
 * zone lists write it), 街办, the spoken short form of 街道办事处 (某某街办某某社区), or 街
 * alone, as Tianjin names its street offices (南市街, 友谊路街). The stem and the word still
 * name the one township; the length written is returned (0: not this). Ranked just below an
 * exact name; only a township whose name is the stem with 街道 is read so.
 */
const STREET_OFFICE_WORDS = ['办事处', '街办', '街'];

function writtenOlderWord(key: string, pos: number, t: Town): number {
  if (!t.stem || !key.startsWith(t.stem, pos) || t.key !== `${t.stem}街道`) return 0;
  const at = pos + t.stem.length;
  const word = STREET_OFFICE_WORDS.find((w) => key.startsWith(w, at));
  return word ? t.stem.length + word.length : 0;
}

export function matchTowns(key: string, pos: number, scope: string[]): TownMatch[] {
  if (scope.length === 0 || pos >= key.length) return [];
  const { towns, byFirst } = scopeTowns(scope);
  let best: TownMatch[] = [];
  let bestLen = 0;
  // a town's stem is the start of its name: both begin with the name's first character
  for (const t of byFirst.get(key.charAt(pos)) ?? []) {
    const exact = key.startsWith(t.key, pos);
    const tabled = !exact && t.tableKey && key.startsWith(t.tableKey, pos) ? t.tableKey : '';
    const older = exact || tabled ? 0 : writtenOlderWord(key, pos, t);
    let len = 0;
    let written: string | undefined;
    if (exact) len = t.key.length;
    else if (tabled) len = tabled.length;
    else if (older) len = t.key.length - 0.25;
    else if (t.stem && key.startsWith(t.stem, pos)) {
      const level = LEVEL_WORD.exec(key.slice(pos + t.stem.length))?.[0];
      if (stemAccepted(key, pos + t.stem.length)) len = t.stem.length - 0.5;
      else if (level && movedUp(level, t)) {
        // below the exact name of the same length, above the bare stem
        len = t.stem.length + level.length - 0.25;
        written = t.stem + level;
      }
    }
    if (len === 0 || len < bestLen) continue;
    const end = pos + (older || Math.ceil(len));
    const m: TownMatch = { town: t, end, fuzzy: false, written };
    if (len > bestLen) {
      best = [m];
      bestLen = len;
    } else best.push(m);
  }
  if (best.length) return best;
  const written = SUB_SUFFIX.exec(key.slice(pos, pos + 10))?.[0];
  if (!written || written.length < 3) return [];
  const swapped = swappedLevelTown(key, pos, towns, scope);
  if (swapped) return [swapped];
  const near = towns.filter((t) => t.key.length === written.length && differsByOne(t.key, written));
  return near.length === 1 ? [{ town: near[0]!, end: pos + written.length, fuzzy: true }] : [];
}

function differsByOne(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  // the differing character must be in the proper name, not the 街道/镇 ending
  return diff === 1 && a.slice(-1) === b.slice(-1);
}

/**
 * "城村村": the statistical name (城村, the committee's name without 村委会) with the village
 * word written after it once more. Counted a little short of a name that is written so in
 * full, which stays the better match.
 */
function doubledVillageWord(key: string, pos: number, name: string): number {
  const after = pos + name.length;
  if (!name.endsWith('村') || key[after] !== '村') return 0;
  const next = key[after + 1];
  return isBoundary(next) || /\s/.test(next ?? '') ? 0.75 : 0;
}

export function matchVillages(key: string, pos: number, townCodes: string[]): VillageMatch[] {
  if (pos >= key.length) return [];
  let best: VillageMatch[] = [];
  let bestLen = 0;
  for (const code of townCodes) {
    for (const v of villagesOfTown(code)) {
      let len = 0;
      if (key.startsWith(v.key, pos)) len = v.key.length + doubledVillageWord(key, pos, v.key);
      else if (v.stem && key.startsWith(v.stem, pos) && isBoundary(key[pos + v.stem.length]))
        len = v.stem.length - 0.5;
      if (len === 0 || len < bestLen) continue;
      const m = { village: v, end: pos + Math.ceil(len) };
      if (len > bestLen) {
        best = [m];
        bestLen = len;
      } else best.push(m);
    }
  }
  return best;
}

/** Villages directly under a county or prefecture when the township is not written. */
export function matchVillagesUnder(key: string, pos: number, prefixes: string[]): VillageMatch[] {
  const token = /^[\u4e00-\u9fff]{1,10}?(社区|村|嘎查|居委会)/.exec(key.slice(pos, pos + 14))?.[0];
  if (!token) return [];
  // only townships whose raw village line mentions the name are split into records
  const stem = token.replace(/(社区|村|嘎查|居委会)$/, '');
  if (stem.length < 2) return [];
  const towns = prefixes
    .flatMap((p) => townCodesUnder(p))
    .filter((t) => rawVillageLine(t).includes(stem));
  return matchVillages(key, pos, towns);
}

/**
 * A farm base, an island or a park written where the township would be ("…菜篮子工程基地
 * 合兴村", "…岛丰乐村"): no division of its own, so the village after it is looked up as if
 * it followed the county or prefecture directly. Tried only when nothing follows directly.
 */
const PLACE_WORD =
  /^[\u4e00-\u9fff]{1,10}?(基地|岛|农场|林场|园区)(?=[\u4e00-\u9fff]{2,10}?(社区|村|嘎查|居委会))/;

export function matchVillagesPastPlace(
  key: string,
  pos: number,
  prefixes: string[],
): VillageMatch[] {
  const direct = matchVillagesUnder(key, pos, prefixes);
  if (direct.length) return direct;
  const word = PLACE_WORD.exec(key.slice(pos, pos + 24));
  return word ? matchVillagesUnder(key, pos + word[0].length, prefixes) : [];
}
