/**
 * Gazetteer rows: loading the county-level data (what the first resolution of a session
 * pays) against the floor of any loader (gunzip + JSON.parse of the same file); and
 * resolving generated region strings (variants included: omitted provinces, old names,
 * 办事处, spaces) against a plain Map.get on exact full names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadRegionPool, regionTextOf } from '../../../tests/support/generate';
import { generated } from '../fixtures';
import { gazetteerApi, type GazetteerApi } from '../gazetteer-api';
import { registerBench } from '../registry';

const unavailable = async (): Promise<string | null> => {
  const api = await gazetteerApi();
  return typeof api === 'string' ? api : null;
};

async function api(): Promise<GazetteerApi> {
  const a = await gazetteerApi();
  if (typeof a === 'string') throw new Error(a);
  return a;
}

registerBench<{ api: GazetteerApi; file: string }>({
  name: 'gazetteer-load',
  label: 'Gazetteer load (county level, cold cache in-process)',
  baselineName: 'gunzip + JSON.parse of the same file',
  target: { maxMs: 200 },
  quickScale: 1,
  fullScale: 1,
  runs: { quick: 5, full: 7 },
  unavailable,
  async setup() {
    const a = await api();
    const dir = a.loadGazetteer().dir;
    if (typeof dir !== 'string') throw new Error('gazetteer does not say where its data is');
    return { api: a, file: path.join(dir, 'divisions.json.gz') };
  },
  beforeEach(s) {
    s.api.resetGazetteerCache();
  },
  run(s) {
    s.api.loadGazetteer();
  },
  baseline(s) {
    JSON.parse(gunzipSync(readFileSync(s.file)).toString('utf8'));
  },
});

registerBench<{ api: GazetteerApi; strings: string[]; exact: Map<string, string> }>({
  name: 'gazetteer-resolve',
  label: 'Region resolution (resolveRegion, generated strings)',
  baselineName: 'Map.get on exact full names',
  target: { minRate: 50_000, unit: 'str' },
  quickScale: 10_000,
  fullScale: 100_000,
  runs: { quick: 5, full: 3 },
  warmup: 1,
  unavailable,
  async setup(ctx) {
    const a = await api();
    const strings = (await generated(ctx)).records.map((r) => r.regionText);
    const exact = new Map<string, string>();
    for (const c of (await loadRegionPool()).counties) {
      exact.set(regionTextOf(c, null), c.code);
      for (const t of c.towns) exact.set(regionTextOf(c, t.name), t.code);
    }
    return { api: a, strings, exact };
  },
  run(s) {
    for (const str of s.strings) s.api.resolveRegion(str);
  },
  baseline(s) {
    let hits = 0;
    for (const str of s.strings) if (s.exact.get(str) !== undefined) hits++;
    return hits;
  },
});
