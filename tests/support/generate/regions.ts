/**
 * The places records are set in. Real units come from the project gazetteer
 * (src/main/core/gazetteer), read-only and loaded by a runtime-checked dynamic import:
 * that code is being written in parallel, and if it is missing or its shape changes the
 * generator falls back to a small embedded list instead of failing to compile or run.
 */
import { FALLBACK_COUNTIES } from './regions-fallback';

export interface PoolTown {
  /** 9-digit NBS township code */
  code: string;
  name: string;
}

export interface PoolPlace {
  code: string;
  province: string;
  /** null under municipalities (北京市西城区) and for province-administered counties */
  city: string | null;
  county: string;
}

export interface PoolCounty extends PoolPlace {
  towns: PoolTown[];
  /** earlier units (other names) this county succeeded: 江干区 → 上城区 */
  formerly: PoolPlace[];
}

export interface RegionPool {
  source: 'gazetteer' | 'fallback';
  /** sorted by code, so draws are the same whatever order the data was loaded in */
  counties: PoolCounty[];
}

/** Enough towns per county for variety without holding all 41k in every test. */
const MAX_TOWNS = 12;

export function fallbackPool(): RegionPool {
  const counties = FALLBACK_COUNTIES.map(([code, chain, towns, formerly]) => ({
    ...splitChain(code, chain),
    towns: towns.map(([c, name]) => ({ code: c, name })),
    formerly: formerly.map(([c, ch]) => splitChain(c, ch)),
  }));
  return { source: 'fallback', counties: counties.sort((a, b) => a.code.localeCompare(b.code)) };
}

function splitChain(code: string, chain: string): PoolPlace {
  const parts = chain.split('|');
  const province = parts[0] ?? '';
  const county = parts[parts.length - 1] ?? '';
  return { code, province, city: parts.length > 2 ? (parts[1] ?? null) : null, county };
}

/** The loose shape we rely on; checked at runtime, never imported as a type. */
interface UnitLike {
  code: string;
  name: string;
  level: string;
  parent: UnitLike | null;
  to: string;
  pseudo: boolean;
  successors: string[];
}

// Specifiers held in variables: TypeScript does not resolve them, so a moved or renamed
// gazetteer module becomes a fallback at run time rather than a compile error here.
const GAZETTEER_DATA = '../../../src/main/core/gazetteer/gazetteer-data';
const GAZETTEER_TOWNS = '../../../src/main/core/gazetteer/towns';

let cachedPool: Promise<RegionPool> | null = null;

/** The gazetteer pool when the gazetteer loads, else the embedded fallback. Cached. */
export function loadRegionPool(): Promise<RegionPool> {
  cachedPool ??= poolFromGazetteer().catch(() => fallbackPool());
  return cachedPool;
}

async function poolFromGazetteer(): Promise<RegionPool> {
  const dataSpec: string = GAZETTEER_DATA;
  const data = (await import(dataSpec)) as { loadGazetteer?: () => { units?: unknown } };
  const units = data.loadGazetteer?.().units;
  if (!Array.isArray(units) || units.length === 0 || !isUnitLike(units[0]))
    throw new Error('gazetteer shape');
  const townsByCounty = await loadTownsByCounty();
  const predecessors = new Map<string, UnitLike[]>();
  for (const u of units as UnitLike[]) {
    if (u.to === '' || u.level !== 'county') continue;
    for (const s of u.successors) predecessors.set(s, [...(predecessors.get(s) ?? []), u]);
  }
  const counties: PoolCounty[] = [];
  for (const u of units as UnitLike[]) {
    if (u.to !== '' || u.level !== 'county' || u.pseudo) continue;
    const place = placeOf(u);
    if (!place) continue;
    const formerly = (predecessors.get(u.code) ?? [])
      .filter((p) => p.name !== u.name)
      .map(placeOf)
      .filter((p): p is PoolPlace => p !== null);
    counties.push({
      ...place,
      towns: (townsByCounty.get(u.code) ?? []).slice(0, MAX_TOWNS),
      formerly,
    });
  }
  if (counties.length < 100) throw new Error('gazetteer too small');
  return { source: 'gazetteer', counties: counties.sort((a, b) => a.code.localeCompare(b.code)) };
}

function isUnitLike(u: unknown): u is UnitLike {
  const o = u as Partial<UnitLike> | null;
  return (
    !!o &&
    typeof o.code === 'string' &&
    typeof o.name === 'string' &&
    typeof o.level === 'string' &&
    Array.isArray(o.successors)
  );
}

function placeOf(u: UnitLike): PoolPlace | null {
  const chain: string[] = [];
  for (let p: UnitLike | null = u; p; p = p.parent) chain.unshift(p.name);
  if (chain.length < 2 || chain.length > 3) return null;
  return splitChain(u.code, chain.join('|'));
}

/** Towns are optional: without them records stay at county level. */
async function loadTownsByCounty(): Promise<Map<string, PoolTown[]>> {
  const out = new Map<string, PoolTown[]>();
  try {
    const spec: string = GAZETTEER_TOWNS;
    const mod = (await import(spec)) as { loadTowns?: () => { byCounty?: unknown } };
    const byCounty = mod.loadTowns?.().byCounty;
    if (!(byCounty instanceof Map)) return out;
    for (const [county, list] of byCounty as Map<
      string,
      { code: string; name: string; pseudo?: boolean }[]
    >) {
      const real = list.filter(
        (t) => !t.pseudo && typeof t.code === 'string' && typeof t.name === 'string',
      );
      out.set(
        county,
        real
          .map((t) => ({ code: t.code, name: t.name }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      );
    }
  } catch {
    // no town data: fine, see above
  }
  return out;
}
