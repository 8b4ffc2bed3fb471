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
  /** village name and stem → the towns that have one so named; built on the first name search */
  byName?: Map<string, string[]>;
}

const chunks = new Map<string, ProvinceChunk>();
let chunksDir: string | null = null;

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
 * Which towns of a province have a village of a given name or stem. Names in the NBS data
 * are already simplified, so the raw names index directly; looking a name up is then one
 * Map read instead of a scan of every town's line (a title with 社区 in it asks often).
 */
function nameIndex(province: string): Map<string, string[]> {
  const c = chunk(province);
  if (c.byName) return c.byName;
  const index = new Map<string, string[]>();
  const add = (k: string, town: string) => {
    const list = index.get(k);
    if (!list) index.set(k, [town]);
    else if (list[list.length - 1] !== town) list.push(town);
  };
  for (const [town, raw] of c.raw) {
    for (const item of raw.split(VILLAGE_SEP)) {
      const name = item.slice(3);
      add(name, town);
      const stem = stemOf(name);
      if (stem) add(stem, town);
    }
  }
  c.byName = index;
  return index;
}

/** Villages whose name equals `key` (or whose stem does), anywhere under the prefix. */
export function findVillagesNamed(key: string, prefix: string): Village[] {
  const provinces = prefix.length >= 2 ? [prefix.slice(0, 2)] : allProvinceCodes();
  const out: Village[] = [];
  for (const p of provinces) {
    for (const town of nameIndex(p).get(key) ?? []) {
      if (!town.startsWith(prefix)) continue;
      for (const v of villagesOfTown(town))
        if (v.key === key || (v.stem !== '' && v.stem === key)) out.push(v);
    }
  }
  return out;
}
