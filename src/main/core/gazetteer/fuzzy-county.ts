/**
 * A county-level name written with one wrong character (壁山县 for 璧山县, 铁峰区 for
 * 铁锋区): accepted only inside a known parent (the prefecture written before it, or the
 * notice's province or city) and only when one county there is that close — or, when
 * several are, exactly one whose differing character sounds the same (typing mistakes are
 * homophones: 壁/璧 bì, 峰/锋 fēng; 巫山县 is not a misspelling of 壁山县), or a long name with one
 * character dropped (科尔左翼中旗 for 科尔沁左翼中旗) when no county there is one character off. The
 * resolution says it was an approximate match, so a person checks it.
 */
import { type Gazetteer, type Unit } from './gazetteer-data';
import { loadTowns } from './towns';

const WRITTEN = /^[\u4e00-\u9fff]{1,6}?(自治县|自治旗|县|区|市|旗)/;
/**
 * A zone's word written bare (高新区, 新区, 经开区, 开发区, 园区): the city's zone, never a county
 * with one character wrong (高新区 is not 高陵区).
 */
const ZONE_WORD = /^(?:高新|经开|开发|新|园|保税|示范|实验|试验|工业|产业)区$/;
/**
 * Places counted by their level (江西省五县获评…, 我市两区入选): a number, no name, never a
 * county with one character wrong (五县 is not 赣县). 万, 千 and 百 are left out: 万县 was one.
 */
const COUNTED = /^(?:[0-9]+|[一二三四五六七八九十两几]+)个?(?:县|区|市|旗)$/;

function countiesUnder(g: Gazetteer, parents: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  const walk = (u: Unit, depth: number): void => {
    for (const c of g.children.get(u) ?? []) {
      if (c.level === 'county') out.push(c);
      else if (depth < 2) walk(c, depth + 1);
    }
  };
  for (const p of parents) {
    if (p.level === 'county') continue;
    // Every version of the parent: children hang on the version of their own era.
    for (const v of g.byCode.get(p.code) ?? [p]) walk(v, 0);
  }
  return out;
}

function oneOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/**
 * `written` is `name` with one character of its proper name dropped (科尔左翼中旗 for 科尔沁左翼中旗):
 * only for long names, whose remaining characters still say which unit is meant.
 */
function oneDropped(name: string, written: string): boolean {
  if (written.length < DROPPED_MIN || name.length !== written.length + 1) return false;
  let i = 0;
  while (i < written.length && name[i] === written[i]) i++;
  return name.slice(i + 1) === written.slice(i);
}
/** A name of five characters with its level word (科尔左翼中旗): shorter stems say too little. */
const DROPPED_MIN = 5;

let readings: Map<string, Set<string>> | null = null;

/** Toneless readings of the characters of every division and township name, built once. */
function readingsOf(g: Gazetteer): Map<string, Set<string>> {
  if (readings) return readings;
  const map = new Map<string, Set<string>>();
  const add = (name: string, pinyin: string): void => {
    const syl = pinyin.split(' ').filter(Boolean);
    if (syl.length !== name.length) return;
    [...name].forEach((ch, i) => {
      const set = map.get(ch) ?? new Set<string>();
      set.add(syl[i]!.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      map.set(ch, set);
    });
  };
  for (const u of g.units) add(u.key, u.pinyin);
  for (const t of loadTowns().all) add(t.key, t.pinyin);
  readings = map;
  return map;
}

function homophone(g: Gazetteer, a: string, b: string): boolean {
  const r = readingsOf(g);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const x = r.get(a[i]!);
    const y = r.get(b[i]!);
    return !!x && !!y && [...x].some((s) => y.has(s));
  }
  return false;
}

export function fuzzyCounty(
  g: Gazetteer,
  key: string,
  pos: number,
  parents: readonly Unit[],
): { unit: Unit; end: number } | null {
  const m = WRITTEN.exec(key.slice(pos, pos + 10));
  if (!m || parents.length === 0) return null;
  const written = m[0];
  if (ZONE_WORD.test(written) || COUNTED.test(written)) return null;
  const suffix = m[1] ?? '';
  // The differing character must be in the proper name, not in the 县/区 ending.
  const near = countiesUnder(g, parents).filter(
    (u) => u.key.endsWith(suffix) && oneOff(u.key, written),
  );
  const pick = (list: Unit[]): Unit | null =>
    new Set(list.map((u) => u.code)).size === 1 ? list[0]! : null;
  // A list runs county by county: under a county's context a long name with a character dropped
  // is read among that county's siblings too (开鲁县's lines, then 科尔左翼中旗's).
  const around = parents.map((p) => (p.level === 'county' && p.parent ? p.parent : p));
  const dropped = countiesUnder(g, around).filter(
    (u) => u.key.endsWith(suffix) && oneDropped(u.key, written),
  );
  const unit =
    pick(near) ??
    pick(near.filter((u) => homophone(g, u.key, written))) ??
    (near.length === 0 ? pick(dropped) : null);
  return unit ? { unit, end: pos + written.length } : null;
}
