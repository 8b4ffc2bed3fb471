/**
 * Autocomplete for region cells: by Chinese name (前缀/包含), by full pinyin (qixia,
 * changshou) and by initials (njs, cs). Pinyin is precomputed at build time with the
 * place-name polyphone table, so 长寿区 is chang shou, 乐清 yue qing, 六安 lu an.
 * Current units first, townships after county-level names, historical names last.
 */
import type { RegionLevel, RegionNames } from '../../../shared/domain';
import { type Gazetteer, type Unit, loadGazetteer } from './gazetteer-data';
import { simplify } from './normalize';
import type { RegionSuggestion } from '../../../shared/domain';
import { compareOfficialOrder } from './official-order';
import { unitNames } from './place';
import { loadTowns } from './towns';

/** The shape the grids' autocomplete receives (fullName — 江苏省南京市栖霞区 — is what it shows). */
export type { RegionSuggestion } from '../../../shared/domain';

interface Entry {
  code: string;
  name: string;
  key: string;
  level: RegionLevel;
  names: RegionNames;
  pinyin: string;
  joined: string;
  /** pinyin without the generic ending (栖霞区 → qixia) */
  stemJoined: string;
  initials: string;
  historical: boolean;
  rank: number;
}

let entries: Entry[] | null = null;
let entriesFor: Gazetteer | null = null;

function mk(
  code: string,
  name: string,
  key: string,
  level: RegionLevel,
  names: RegionNames,
  pinyin: string,
  historical: boolean,
): Entry {
  const syl = pinyin.split(' ').filter(Boolean);
  const rank =
    ({ province: 0, city: 1, county: 2, town: 3, village: 4 } as const)[level] +
    (historical ? 5 : 0);
  const generic = /(省|市|区|县|镇|乡|旗|盟|街道)$/.exec(name)?.[1]?.length ?? 0;
  const stemJoined =
    generic && syl.length > generic + 1 ? syl.slice(0, syl.length - generic).join('') : '';
  return {
    code,
    name,
    key,
    level,
    names,
    pinyin,
    joined: syl.join(''),
    stemJoined,
    initials: syl.map((s) => s[0]).join(''),
    historical,
    rank,
  };
}

function build(g: Gazetteer): Entry[] {
  const out: Entry[] = [];
  const unitEntry = (u: Unit): Entry =>
    mk(u.code, u.name, u.key, u.level, unitNames(u), u.pinyin, u.to !== '');
  for (const u of g.units) if (!u.pseudo && !/^(71|81|82)/.test(u.code)) out.push(unitEntry(u));
  for (const t of loadTowns().all) {
    if (t.pseudo) continue;
    const county = g.current.get(t.code.slice(0, 6));
    const names: RegionNames = county
      ? { ...unitNames(county), town: t.name }
      : { province: null, city: null, county: null, town: t.name, village: null };
    out.push(mk(t.code, t.name, t.key, 'town', names, t.pinyin, false));
  }
  return out;
}

function fullName(n: RegionNames): string {
  const parts = [n.province, n.city, n.county, n.town, n.village].filter((x): x is string => !!x);
  return parts.filter((p, i) => p !== parts[i - 1]).join('');
}

function matchScore(e: Entry, q: string, latin: boolean): number {
  if (latin) {
    if (e.joined === q) return 100;
    if (e.stemJoined === q) return 95;
    if (e.initials === q) return 90;
    if (e.joined.startsWith(q)) return 80 - Math.min(20, e.joined.length - q.length);
    if (e.initials.startsWith(q)) return 60;
    return 0;
  }
  if (e.key === q) return 100;
  if (e.key.startsWith(q)) return 80 - Math.min(20, e.key.length - q.length);
  if (e.key.includes(q)) return 40;
  return 0;
}

/** Up to `limit` regions for a typed query; empty query → nothing. */
export function suggestRegions(query: string, limit = 10): RegionSuggestion[] {
  const g = loadGazetteer();
  if (!entries || entriesFor !== g) {
    entries = build(g);
    entriesFor = g;
  }
  const trimmed = query.trim().replace(/[\s'’]/g, '');
  if (!trimmed) return [];
  const latin = /^[a-zA-Z]+$/.test(trimmed);
  const q = latin ? trimmed.toLowerCase() : simplify(trimmed);
  // towns only once the query is specific enough to be worth 41k comparisons of noise
  const withTowns = latin ? q.length >= 3 : q.length >= 2;
  const hits: { e: Entry; s: number }[] = [];
  for (const e of entries) {
    if (e.level === 'town' && !withTowns) continue;
    const s = matchScore(e, q, latin);
    if (s > 0) hits.push({ e, s: s - e.rank * 3 });
  }
  hits.sort((a, b) => b.s - a.s || compareOfficialOrder(a.e.code, b.e.code));
  return hits.slice(0, limit).map(({ e, s }) => ({
    code: e.code,
    name: e.name,
    fullName: fullName(e.names),
    level: e.level,
    names: e.names,
    pinyin: e.pinyin,
    historical: e.historical,
    score: s,
  }));
}
