/**
 * Villages and communities (12-digit NBS codes; 620k of them). One gzip file per
 * province, parsed on the first lookup in that province; within a province only the
 * townships actually asked for are split into records.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gazetteerDir } from './gazetteer-data';
import { simplify } from './normalize';
import { TSV_FIELD, VILLAGE_SEP, villagesFile } from './resource-format';

export interface Village {
  code: string;
  name: string;
  key: string;
  /** key without 社区/村/居委会, '' when too short to use alone */
  stem: string;
}

interface ProvinceChunk {
  /** town code → raw "seqName|seqName" until first asked */
  raw: Map<string, string>;
  parsed: Map<string, Village[]>;
  /** village name → the towns (by position in `raw`) that have one; built on the first name search */
  byName?: NameIndex;
}

interface NameIndex {
  /** one town, or several in file order */
  towns: Map<string, number | number[]>;
  /** town codes in the order of `raw` */
  codes: string[];
}

const chunks = new Map<string, ProvinceChunk>();
let chunksDir: string | null = null;
/**
 * findVillagesNamed's answers, by prefix and name: a common name (和平社区) lies in hundreds
 * of towns, and the titles of one import ask for the same names again and again.
 */
const named = new Map<string, readonly Village[]>();

const VILLAGE_SUFFIX = /(社区|村|嘎查|居委会)$/;

function stemOf(key: string): string {
  const m = VILLAGE_SUFFIX.exec(key);
  if (!m) return '';
  const stem = key.slice(0, m.index);
  return stem.length >= 2 ? stem : '';
}

function chunk(province: string): ProvinceChunk {
  const dir = gazetteerDir();
  if (chunksDir !== dir) {
    chunks.clear();
    named.clear();
    chunksDir = dir;
  }
  let c = chunks.get(province);
  if (c) return c;
  c = { raw: new Map(), parsed: new Map() };
  const file = path.join(dir, villagesFile(province));
  if (existsSync(file)) {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    for (const line of text.split('\n')) {
      const tab = line.indexOf(TSV_FIELD);
      if (tab > 0) c.raw.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  chunks.set(province, c);
  return c;
}

export function villagesOfTown(townCode: string): Village[] {
  const c = chunk(townCode.slice(0, 2));
  const done = c.parsed.get(townCode);
  if (done) return done;
  const raw = c.raw.get(townCode);
  const list: Village[] = raw
    ? raw.split(VILLAGE_SEP).map((item) => {
        const name = item.slice(3);
        const key = simplify(name);
        return { code: townCode + item.slice(0, 3), name, key, stem: stemOf(key) };
      })
    : [];
  c.parsed.set(townCode, list);
  return list;
}

export function rawVillageLine(townCode: string): string {
  return chunk(townCode.slice(0, 2)).raw.get(townCode) ?? '';
}

/** Town codes (9) that have villages under a code prefix (2, 4 or 6 digits). */
export function townCodesUnder(prefix: string): string[] {
  const provinces = prefix.length >= 2 ? [prefix.slice(0, 2)] : allProvinceCodes();
  const out: string[] = [];
  for (const p of provinces)
    for (const town of chunk(p).raw.keys()) if (town.startsWith(prefix)) out.push(town);
  return out;
}

let provincesWithVillages: { dir: string; codes: string[] } | null = null;

/** The provinces whose village file exists, looked up once per data directory. */
function allProvinceCodes(): string[] {
  const dir = gazetteerDir();
  if (provincesWithVillages?.dir === dir) return provincesWithVillages.codes;
  const codes: string[] = [];
  for (let p = 11; p <= 65; p++)
    if (existsSync(path.join(dir, villagesFile(String(p))))) codes.push(String(p));
  provincesWithVillages = { dir, codes };
  return codes;
}

/**
 * Which towns of a province have a village of a given name. Names in the NBS data are
 * already simplified, so the raw names index directly; looking a name up is then one Map
 * read instead of a scan of every town's line (a title with 社区 in it asks often). Only
 * full names are indexed — a stem is looked up as the names it can be the stem of — and a
 * town is kept as its position: a nationwide search builds this for every province, and
 * half the entries and no string or list per village make that a fraction of the work.
 */
function nameIndex(province: string): NameIndex {
  const c = chunk(province);
  if (c.byName) return c.byName;
  const towns = new Map<string, number | number[]>();
  const codes: string[] = [];
  for (const [town, raw] of c.raw) {
    const at = codes.push(town) - 1;
    for (let from = 0; ;) {
      const sep = raw.indexOf(VILLAGE_SEP, from);
      const end = sep < 0 ? raw.length : sep;
      // each item is a three-digit sequence number, then the name
      const name = raw.slice(from + 3, end);
      const had = towns.get(name);
      if (had === undefined) towns.set(name, at);
      else if (typeof had === 'number') {
        if (had !== at) towns.set(name, [had, at]);
      } else if (had[had.length - 1] !== at) had.push(at);
      if (sep < 0) break;
      from = sep + 1;
    }
  }
  c.byName = { towns, codes };
  return c.byName;
}

/** The suffixes a stem drops (VILLAGE_SUFFIX): a stem is the name with one of them added. */
const STEM_SUFFIXES = ['社区', '村', '嘎查', '居委会'];

/** Towns of a province with a village of one of `names`, in file order. */
function townsNamed(province: string, names: readonly string[]): string[] {
  const index = nameIndex(province);
  let at: number[] = [];
  let lists = 0;
  for (const name of names) {
    const hit = index.towns.get(name);
    if (hit === undefined) continue;
    lists++;
    if (typeof hit === 'number') at.push(hit);
    else for (const t of hit) at.push(t);
  }
  // several names: merged into file order, a town with two of them once
  if (lists > 1) at = [...new Set(at)].sort((a, b) => a - b);
  return at.map((t) => index.codes[t]!);
}

/** Villages whose name equals `key` (or whose stem does), anywhere under the prefix. */
export function findVillagesNamed(key: string, prefix: string): readonly Village[] {
  if (gazetteerDir() !== chunksDir) named.clear();
  const memoKey = `${prefix}\u0000${key}`;
  let found = named.get(memoKey);
  if (!found) {
    found = villagesNamed(key, prefix);
    if (named.size > 20_000) named.clear();
    named.set(memoKey, found);
  }
  return found;
}

function villagesNamed(key: string, prefix: string): Village[] {
  const provinces = prefix.length >= 2 ? [prefix.slice(0, 2)] : allProvinceCodes();
  // a stem is looked up as the names it is the stem of
  const names = key.length >= 2 ? [key, ...STEM_SUFFIXES.map((s) => key + s)] : [key];
  const out: Village[] = [];
  for (const p of provinces) {
    for (const town of townsNamed(p, names)) {
      if (!town.startsWith(prefix)) continue;
      for (const v of villagesOfTown(town))
        if (v.key === key || (v.stem !== '' && v.stem === key)) out.push(v);
    }
  }
  return out;
}
