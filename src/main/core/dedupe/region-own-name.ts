/**
 * A place as written against its code's county or city, by the division data (names and
 * short forms, ancestors included).
 */
import { loadGazetteer, shortForms, type Gazetteer } from '../gazetteer';
import type { Unit } from '../gazetteer/gazetteer-data';
import { simplifiedKey } from '../import/readers/simplified-key';

let gazetteer: Gazetteer | null | undefined;
function gazetteerOrNull(): Gazetteer | null {
  if (gazetteer !== undefined) return gazetteer;
  try {
    gazetteer = loadGazetteer();
  } catch {
    gazetteer = null;
  }
  return gazetteer;
}

/** A new area's stem is its short name (浦东 of 浦东新区), which shortForms leaves as 浦东新. */
const NEW_AREA = /^(.{2,})新区$/;

/**
 * A unit's names, kept per unit: leftAfter weighs every parent written or left out, so one
 * answer asks for a chain's names many times, and a big ledger's identity check asks for
 * thousands of places under the same few counties.
 */
const unitNames = new WeakMap<Unit, readonly string[]>();

function namesOf(u: Unit): readonly string[] {
  let names = unitNames.get(u);
  if (!names) {
    names = [u.name, ...shortForms(u.name), ...(NEW_AREA.exec(u.name)?.slice(1) ?? [])].sort(
      (a, b) => b.length - a.length,
    );
    unitNames.set(u, names);
  }
  return names;
}

/** What is left when only a region's parents are written (浙江湖州 at a county of 湖州). */
const PARENTS_ONLY = '（上级）';

/**
 * What is left of `key` after `units`' names, in order from the province down, each level
 * but the last one optional (longest name first): '' when the key is the last unit's own name.
 */
function leftAfter(key: string, units: readonly Unit[]): string {
  const [u, ...below] = units;
  if (!u) return key;
  if (below.length === 0) {
    if (key === '') return PARENTS_ONLY;
    const n = namesOf(u).find((x) => key.startsWith(x));
    return n ? key.slice(n.length) : key;
  }
  // Each parent written or left out (吉林市 of 吉林省: the province's 吉林 is not written).
  let best = leftAfter(key, below);
  for (const n of namesOf(u)) {
    if (!key.startsWith(n)) continue;
    const rest = leftAfter(key.slice(n.length), below);
    if (rest.length < best.length) best = rest;
  }
  return best;
}

/** The unit of a code and its parents, from the province down, in each era the code had. */
function chainsOf(g: Gazetteer, code: string): Unit[][] {
  const units = g.byCode.get(code) ?? [];
  return units.map((unit) => {
    const chain: Unit[] = [];
    for (let u: Unit | null = unit; u; u = u.parent) chain.unshift(u);
    return chain;
  });
}

/**
 * A city or county writing itself by its budget's word (合肥市本级), its government (安吉县政府,
 * 安吉县委县政府: lists of honoured bodies write the county so) or its whole area (安吉县全域):
 * the place itself, as two characters after it were read before the division data were.
 */
const ITSELF = /^(?:(?:市|县|区)?本级|市辖区|全域|(?:[市县区旗]?委)?[市县区旗]?(?:人民)?政府)$/;

const answers = new Map<string, string | null>();

/**
 * What a place as written names below the county (or city) of `code`, by the division data:
 * '' for the region itself, written in full or short after its province's and city's (北京順義
 * is 顺义区 of 北京市, 浙江安吉 安吉县 of 浙江省), else what is written after those names
 * (滨湖 of 包河区, 兰州新区 of 兰州市); null when the data do not know the code. Lists of
 * counties write them short, and a name below a county of one or two characters reads as the
 * region's own: without the data such a record was never linked to its county, or a cut name
 * (滨湖 for 滨湖世纪社区服务中心) was linked to it.
 */
export function writtenBelowRegion(
  written: string | null | undefined,
  code: string | null,
): string | null {
  if (!written || !code || !/^\d{6}$/.test(code)) return null;
  const id = `${code}\u0000${written}`;
  let hit = answers.get(id);
  if (hit === undefined) {
    const g = gazetteerOrNull();
    const chains = g ? chainsOf(g, code) : [];
    const key = simplifiedKey(written.normalize('NFKC'))
      .replace(/\s+/g, '')
      .replace(/[(（][^)）]*[)）]/g, '');
    hit = null;
    for (const chain of chains) {
      const rest = leftAfter(key, chain);
      if (hit === null || rest.length < hit.length) hit = ITSELF.test(rest) ? '' : rest;
    }
    answers.set(id, hit);
  }
  return hit;
}

/** The written place names the county (or city) of `code` itself, by the division data. */
export const isRegionsOwnName = (written: string | null | undefined, code: string | null) =>
  writtenBelowRegion(written, code) === '';
