/**
 * Townships (乡镇/街道, 9-digit NBS codes), loaded on the first township lookup. Towns are
 * ambiguous nationally (hundreds of 城关镇), so they are only ever looked up inside a
 * county or a prefecture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gazetteerDir, loadGazetteer } from './gazetteer-data';
import { TOWNS_FILE, TSV_FIELD } from './resource-format';

export interface Town {
  code: string;
  name: string;
  key: string;
  /**
   * The table's own key where it writes the county's name in front (济源市天坛街道, keyed
   * 天坛街道): a list copying the table's township column after a county column writes it so.
   */
  tableKey?: string;
  /** key without its 街道/镇/乡/苏木 ending, '' when too short to use alone */
  stem: string;
  pinyin: string;
  /** NBS 4xx/5xx 类似乡级单位 (开发区, 农场, 科技园): statistical, not a township */
  pseudo: boolean;
}

export interface TownTable {
  all: Town[];
  /** county code (6) → towns */
  byCounty: Map<string, Town[]>;
  loadMs: number;
}

const TOWN_SUFFIX = /(街道办事处|街道|民族乡|镇|乡|苏木)$/;

export function townStem(key: string): string {
  const m = TOWN_SUFFIX.exec(key);
  if (!m) return '';
  const stem = key.slice(0, m.index);
  return stem.length >= 2 ? stem : '';
}

/**
 * A unit the table lists at town level with its level in brackets ("某某经开区（镇）"): written
 * without the note, the way notices name it.
 */
const LEVEL_NOTE = /[（(](?:街道|镇|乡)[)）]$/;

/**
 * The statistical table writes some counties' townships with the county's own name in front
 * (济源市思礼镇, 濮阳县庆祖镇, 召陵区万金镇); notices write the township after its county or
 * bare, so its key is the name without the county's, when a township's name remains.
 */
function withoutOwnCounty(key: string, counties: readonly string[]): string {
  for (const county of counties)
    if (key.length > county.length && key.startsWith(county) && townStem(key.slice(county.length)))
      return key.slice(county.length);
  return key;
}

let cached: TownTable | null = null;
let cachedDir: string | null = null;

export function loadTowns(): TownTable {
  const dir = gazetteerDir();
  if (cached && cachedDir === dir) return cached;
  const t0 = performance.now();
  const text = gunzipSync(readFileSync(path.join(dir, TOWNS_FILE))).toString('utf8');
  const all: Town[] = [];
  const byCounty = new Map<string, Town[]>();
  const { byCode } = loadGazetteer();
  const countyNames = (code: string): string[] => (byCode.get(code) ?? []).map((u) => u.key);
  for (const line of text.split('\n')) {
    const [code, name, pinyin, key] = line.split(TSV_FIELD);
    if (!code || !name) continue;
    const full = (key || name).replace(LEVEL_NOTE, '');
    const k = withoutOwnCounty(full, countyNames(code.slice(0, 6)));
    const seq = code.charAt(6);
    const town: Town = {
      code,
      name,
      key: k,
      stem: townStem(k),
      pinyin: pinyin ?? '',
      pseudo: seq === '4' || seq === '5',
      ...(k !== full ? { tableKey: full } : {}),
    };
    all.push(town);
    const county = code.slice(0, 6);
    const list = byCounty.get(county);
    if (list) list.push(town);
    else byCounty.set(county, [town]);
  }
  cached = { all, byCounty, loadMs: performance.now() - t0 };
  cachedDir = dir;
  return cached;
}

/** Towns under every listed county or prefecture prefix (6- or 4-digit). */
function townsUnder(prefixes: Iterable<string>): Town[] {
  const table = loadTowns();
  const out: Town[] = [];
  for (const p of prefixes) {
    if (p.length >= 6) out.push(...(table.byCounty.get(p.slice(0, 6)) ?? []));
    else for (const [county, list] of table.byCounty) if (county.startsWith(p)) out.push(...list);
  }
  return out;
}

/** The towns of one scope, and the same towns by the first character of their name. */
export interface ScopeTowns {
  towns: readonly Town[];
  /** a name or its stem can start at a position only with that position's character */
  byFirst: ReadonlyMap<string, readonly Town[]>;
}

/**
 * townsUnder kept per scope: a notice's places are matched in a few counties and cities
 * again and again, and a city's scope walks every county to gather its towns.
 */
const scopes = new WeakMap<TownTable, Map<string, ScopeTowns>>();

export function scopeTowns(prefixes: readonly string[]): ScopeTowns {
  const table = loadTowns();
  let kept = scopes.get(table);
  if (!kept) scopes.set(table, (kept = new Map()));
  const id = prefixes.join(',');
  let found = kept.get(id);
  if (!found) {
    const towns = townsUnder(prefixes);
    const byFirst = new Map<string, Town[]>();
    const add = (first: string, t: Town) => {
      const list = byFirst.get(first);
      if (list) list.push(t);
      else byFirst.set(first, [t]);
    };
    for (const t of towns) {
      add(t.key.charAt(0), t);
      const tableFirst = t.tableKey?.charAt(0);
      if (tableFirst && tableFirst !== t.key.charAt(0)) add(tableFirst, t);
    }
    if (kept.size >= 10_000) kept.clear();
    kept.set(id, (found = { towns, byFirst }));
  }
  return found;
}
