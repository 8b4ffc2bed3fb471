/**
 * The county-level gazetteer in memory: provinces, prefectures and counties, current and
 * historical, linked to their parents. Loaded lazily from resources/gazetteer on first use
 * and cached, so app start is not slowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../../shared/app-error';
import { buildNameIndex, type NameIndex } from './name-index';
import {
  DIVISIONS_FILE,
  RESOURCE_FORMAT,
  UNIT_FLAG,
  type DivisionsResource,
} from './resource-format';

export type UnitLevel = 'province' | 'city' | 'county';

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  parent: Unit | null;
  /** YYYY-MM-DD, '' = since before 2002 */
  from: string;
  /** exclusive YYYY-MM-DD, '' = still valid */
  to: string;
  pseudo: boolean;
  approxDates: boolean;
  successors: string[];
  pinyin: string;
  key: string;
  source: string;
}

export interface DevZone {
  names: string[];
  city: string;
  counties: string[];
  source: string;
}

export interface Gazetteer {
  units: Unit[];
  byCode: Map<string, Unit[]>;
  /** code → the unit bearing it today */
  current: Map<string, Unit>;
  /** parent unit → children (all eras) */
  children: Map<Unit, Unit[]>;
  zones: DevZone[];
  index: NameIndex;
  dir: string;
  builtFrom: DivisionsResource['builtFrom'];
  loadMs: number;
}

const LEVELS: Record<string, UnitLevel> = { p: 'province', c: 'city', x: 'county' };

let configuredDir: string | null = null;
let foundDir: string | null = null;
let cached: Gazetteer | null = null;

/** Where the packaged app keeps resources differs from a checkout: the shell may say so. */
export function setGazetteerDir(dir: string): void {
  configuredDir = dir;
  cached = null;
}

export function gazetteerDir(): string {
  if (configuredDir) return configuredDir;
  if (foundDir) return foundDir;
  const fromEnv = process.env['TAIZHANG_GAZETTEER_DIR'];
  if (fromEnv) return fromEnv;
  const tries: string[] = [];
  // Electron sets process.resourcesPath in a packaged app; no electron import needed.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath)
    tries.push(
      path.join(resourcesPath, 'gazetteer'),
      path.join(resourcesPath, 'resources', 'gazetteer'),
    );
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir))
    tries.push(path.join(dir, 'resources', 'gazetteer'));
  tries.push(path.join(process.cwd(), 'resources', 'gazetteer'));
  const found = tries.find((d) => existsSync(path.join(d, DIVISIONS_FILE)));
  if (!found)
    throw new AppError(
      'gazetteer_missing',
      '找不到行政区划数据（resources/gazetteer），请先运行 build-gazetteer 生成',
    );
  foundDir = found;
  return found;
}

export function isLoaded(): boolean {
  return cached !== null;
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const dir = gazetteerDir();
  const res = JSON.parse(
    gunzipSync(readFileSync(path.join(dir, DIVISIONS_FILE))).toString('utf8'),
  ) as DivisionsResource;
  if (res.format !== RESOURCE_FORMAT) {
    throw new AppError('gazetteer_format', `行政区划数据格式版本不符（${res.format}），请重新生成`);
  }
  const units: Unit[] = res.units.map((r) => ({
    code: r[0],
    name: r[1],
    level: LEVELS[r[2]] ?? 'county',
    parent: null,
    from: r[4],
    to: r[5],
    pseudo: (r[6] & UNIT_FLAG.pseudo) !== 0,
    approxDates: (r[6] & UNIT_FLAG.approxEnd) !== 0,
    successors: r[7],
    pinyin: r[8],
    key: r[9] || r[1],
    source: r[10],
  }));
  const byCode = new Map<string, Unit[]>();
  const current = new Map<string, Unit>();
  const children = new Map<Unit, Unit[]>();
  res.units.forEach((r, i) => {
    const u = units[i]!;
    u.parent = r[3] >= 0 ? (units[r[3]] ?? null) : null;
    const same = byCode.get(u.code);
    if (same) same.push(u);
    else byCode.set(u.code, [u]);
    if (u.to === '') current.set(u.code, u);
    if (u.parent) {
      const kids = children.get(u.parent);
      if (kids) kids.push(u);
      else children.set(u.parent, [u]);
    }
  });
  const zones: DevZone[] = res.aliases.map(([names, city, counties, source]) => ({
    names,
    city,
    counties,
    source,
  }));
  const index = buildNameIndex(units, zones);
  cached = {
    units,
    byCode,
    current,
    children,
    zones,
    index,
    dir,
    builtFrom: res.builtFrom,
    loadMs: 0,
  };
  cached.loadMs = performance.now() - t0;
  return cached;
}

/** For tests and the benchmark: forget everything loaded (towns and villages too). */
export function resetGazetteerCache(): void {
  cached = null;
  foundDir = null;
}

export function isValidOn(u: Pick<Unit, 'from' | 'to'>, day: string): boolean {
  return (u.from === '' || u.from <= day) && (u.to === '' || day < u.to);
}

export function provinceOf(u: Unit): Unit {
  let p = u;
  while (p.parent) p = p.parent;
  return p;
}

export function cityOf(u: Unit): Unit | null {
  for (let p: Unit | null = u; p; p = p.parent) if (p.level === 'city') return p;
  return null;
}

/** a is b or lies inside b */
export function isWithin(a: Unit, b: Unit): boolean {
  for (let p: Unit | null = a; p; p = p.parent) if (p === b) return true;
  // a historical parent version with the same code counts (崇川区 under 南通市 of any era)
  for (let p: Unit | null = a; p; p = p.parent) if (p.code === b.code) return true;
  return false;
}

let today = '';
let todayUntil = 0;
/** Today's date, recomputed at most once a minute (it is asked for on every resolution). */
export function todayIso(): string {
  const now = Date.now();
  if (now >= todayUntil) {
    today = new Date(now).toISOString().slice(0, 10);
    todayUntil = now + 60_000;
  }
  return today;
}
