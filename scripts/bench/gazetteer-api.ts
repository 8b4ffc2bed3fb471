/**
 * The gazetteer's public API (src/main/core/gazetteer/index.ts), reached by a runtime-checked
 * dynamic import: it is written in parallel, and if it is missing or its shape changes the
 * gazetteer rows are skipped with a reason instead of breaking the whole benchmark.
 */
export interface GazetteerApi {
  loadGazetteer: () => { dir?: unknown };
  resetGazetteerCache: () => void;
  resolveRegion: (text: string) => unknown;
}

// held in a variable so TypeScript does not resolve it at compile time
const INDEX = '../../src/main/core/gazetteer/index';

export async function gazetteerApi(): Promise<GazetteerApi | string> {
  try {
    const spec: string = INDEX;
    const m = (await import(spec)) as Partial<Record<keyof GazetteerApi, unknown>>;
    const missing = (['loadGazetteer', 'resetGazetteerCache', 'resolveRegion'] as const).filter(
      (k) => typeof m[k] !== 'function',
    );
    if (missing.length > 0) return `gazetteer index does not export ${missing.join(', ')}`;
    const api = m as GazetteerApi;
    api.loadGazetteer();
    return api;
  } catch (e) {
    return `gazetteer not available: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}
