/**
 * Townships and villages after the county-level chain, always inside a known scope.
 * Longest name wins (许镇镇 before 许镇). A township name that differs from exactly one
 * township of the scope by a single character (a heading typo such as 邗江街道 for
 * 邗上街道) is accepted as a fuzzy match and reported as such.
 */
import { isBoundary } from './normalize';
import { scopeTowns, type Town } from './towns';
import { type Village, rawVillageLine, townCodesUnder, villagesOfTown } from './villages';

export interface TownMatch {
  town: Town;
  end: number;
  fuzzy: boolean;
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

const BETWEEN_STEM_AND_VILLAGE =
  /(旅游区|风景名胜区|新区|开发区|高新区|经开区|园区|投资区|(镇|乡|街道)[\u4e00-\u9fff]{2})/;

/**
 * A township written with an older or longer level word: 乡 for a town that is a 镇 now
 * (撤乡设镇), 办事处 for a 街道 (its 街道办事处 cut short, as zone lists write it). The stem
 * and the word still name the one township; the length written is returned (0: not this).
 * Ranked just below an exact name, so a 乡 of that name still standing wins.
 */
function writtenOlderWord(key: string, pos: number, t: Town): number {
  if (!t.stem || !key.startsWith(t.stem, pos)) return 0;
  const at = pos + t.stem.length;
  if (t.key === `${t.stem}镇` && key.startsWith('乡', at)) return t.stem.length + 1;
  if (t.key === `${t.stem}街道` && key.startsWith('办事处', at)) return t.stem.length + 3;
  return 0;
}

export function matchTowns(key: string, pos: number, scope: string[]): TownMatch[] {
  if (scope.length === 0 || pos >= key.length) return [];
  const { towns, byFirst } = scopeTowns(scope);
  let best: TownMatch[] = [];
  let bestLen = 0;
  // a town's stem is the start of its name: both begin with the name's first character
  for (const t of byFirst.get(key.charAt(pos)) ?? []) {
    const exact = key.startsWith(t.key, pos);
    const older = exact ? 0 : writtenOlderWord(key, pos, t);
    let len = 0;
    if (exact) len = t.key.length;
    else if (older) len = t.key.length - 0.25;
    else if (t.stem && key.startsWith(t.stem, pos) && stemAccepted(key, pos + t.stem.length))
      len = t.stem.length - 0.5;
    if (len === 0 || len < bestLen) continue;
    const end = pos + (older || Math.ceil(len));
    const m: TownMatch = { town: t, end, fuzzy: false };
    if (len > bestLen) {
      best = [m];
      bestLen = len;
    } else best.push(m);
  }
  if (best.length) return best;
  const written = SUB_SUFFIX.exec(key.slice(pos, pos + 10))?.[0];
  if (!written || written.length < 3) return [];
  const near = towns.filter((t) => t.key.length === written.length && differsByOne(t.key, written));
  return near.length === 1 ? [{ town: near[0]!, end: pos + written.length, fuzzy: true }] : [];
}

function differsByOne(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  // the differing character must be in the proper name, not the 街道/镇 ending
  return diff === 1 && a.slice(-1) === b.slice(-1);
}

export function matchVillages(key: string, pos: number, townCodes: string[]): VillageMatch[] {
  if (pos >= key.length) return [];
  let best: VillageMatch[] = [];
  let bestLen = 0;
  for (const code of townCodes) {
    for (const v of villagesOfTown(code)) {
      let len = 0;
      if (key.startsWith(v.key, pos)) len = v.key.length;
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
