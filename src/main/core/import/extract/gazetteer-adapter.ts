/**
 * Adapter: the gazetteer's longest-match splitter as a RegionLookup, so callers can pass
 * `regions: gazetteerRegionLookup({ asOf })` to extractNotice. The gazetteer loads its
 * data lazily on first use; the extractor's own tests use the heuristic instead.
 */
import { splitRegionPrefix } from '../../gazetteer/index';
import type { RegionContext, RegionLookup } from './types';

export function gazetteerRegionLookup(opts: { asOf?: string } = {}): RegionLookup {
  const contextText = (ctx: RegionContext): string | undefined => {
    const text = `${ctx.province ?? ''}${ctx.city ?? ''}`;
    return text === '' ? undefined : text;
  };
  return {
    splitPrefix(text, ctx) {
      const context = contextText(ctx);
      const split = splitRegionPrefix(text, { ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(context ? { context } : {}) });
      // The extractor wants the region at the front; a region found further in is not a prefix.
      if (split.end === 0 || split.start !== 0) return null;
      return { regionText: text.slice(0, split.end), end: split.end };
    },
    provinceOf(regionText) {
      const split = splitRegionPrefix(regionText, opts.asOf ? { asOf: opts.asOf } : {});
      return split.resolution.names.province ?? null;
    },
  };
}
