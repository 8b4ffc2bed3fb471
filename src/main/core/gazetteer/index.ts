/**
 * Gazetteer: China's administrative divisions (GB/T 2260 + NBS statistical codes) for
 * resolving region strings, official ordering and autocomplete. Data is built by
 * scripts/build-gazetteer.ts into resources/gazetteer and loaded lazily on first use.
 */
import { isLoaded, loadGazetteer } from './gazetteer-data';
import { resolveRegion } from './resolve-region';
import { loadTowns } from './towns';

export { resolveRegion, type RegionResolution } from './resolve-region';
export { shortForms } from './name-index';
export { normalizeRegionText } from './normalize';
export { splitRegionPrefix } from './split-prefix';
export { suggestRegions } from './suggest';
export { countyOfTowns } from './town-county';
export { oneDivisionMoved } from './moved-division';
export { countylessCities } from './countyless-city';
export { divisionNames } from './division-names';
export { notTodaysDivision, secondPlaceName, unreadCountyName } from './unread-division';
export { NEAR_NAME } from './resolution-notes';
export { loadGazetteer, resetGazetteerCache, type Gazetteer } from './gazetteer-data';

export interface GazetteerLoadReport {
  /** county-level part (divisions.json.gz), ms */
  countyMs: number;
  /** townships, ms (0 if not loaded yet and `withTowns` false) */
  townMs: number;
  units: number;
  builtFrom: ReturnType<typeof loadGazetteer>['builtFrom'];
}

/** Loads (if needed) and says how long each part took. */
export function gazetteerLoadReport(withTowns = false): GazetteerLoadReport {
  const g = loadGazetteer();
  const townMs = withTowns ? loadTowns().loadMs : 0;
  return { countyMs: g.loadMs, townMs, units: g.units.length, builtFrom: g.builtFrom };
}

export interface BenchResult {
  strings: number;
  ms: number;
  perSecond: number;
  coldLoadMs: number | null;
}

/**
 * Resolves `texts` (repeated up to `count` strings) on this thread and reports throughput.
 * The first call pays for loading; pass warm=true to load before the clock starts.
 */
export function benchGazetteer(
  texts: string[],
  count = 100_000,
  opts: { context?: string; warm?: boolean } = {},
): BenchResult {
  let coldLoadMs: number | null = null;
  if (opts.warm !== false) {
    const wasLoaded = isLoaded();
    const t = performance.now();
    loadGazetteer();
    loadTowns();
    if (!wasLoaded) coldLoadMs = performance.now() - t;
  }
  const t0 = performance.now();
  for (let i = 0; i < count; i++)
    resolveRegion(texts[i % texts.length]!, { context: opts.context });
  const ms = performance.now() - t0;
  return { strings: count, ms, perSecond: Math.round((count / ms) * 1000), coldLoadMs };
}
