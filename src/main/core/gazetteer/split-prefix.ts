/**
 * splitRegionPrefix: where does the region end in a line like
 * "南京市栖霞区马群街道——打造…" or "北京市朝阳区实施…"? The import extractor uses it to
 * separate the region from the title. It is the same longest-match as resolveRegion (the
 * longest chain of province → prefecture → county → township → village names), so the
 * split and the resolved code always agree.
 *
 * Returns the region as written (original characters, e.g. traditional), the rest of the
 * line with separators (——, ：, -) trimmed off its start, `end` = offset in `text` where
 * the region stops, and the full resolution. Nothing recognised: region '' and end 0.
 */
import {
  municipalZoneAtStart,
  zoneAfterPlaceAtStart,
  zoneWithBracketedCounty,
} from './dev-zone-fallback';
import { bureauBranch } from './bureau-branch';
import { districtNewArea } from './district-new-area';
import { loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { type RegionResolution, type ResolveOptions, resolveNormalized } from './resolve-region';

export interface RegionSplit {
  region: string;
  rest: string;
  /** offset in the original text where the region starts (after numbering) */
  start: number;
  end: number;
  resolution: RegionResolution;
}

const LEADING_SEPARATORS = /^[\s\u3000]*(?:——|—|--|-|－|:|：|、|,|，|\.|·)?[\s\u3000]*/;

export function splitRegionPrefix(text: string, opts: ResolveOptions = {}): RegionSplit {
  const g = loadGazetteer();
  const resolve = (t: string, o: ResolveOptions): RegionResolution =>
    resolveNormalized(g, t, normalizeRegionText(t), o);
  // "经开区（某某区）…": the bracketed district is the region written there.
  // "某市某某新区": a municipality's zone is the municipality written there, zone and all.
  const resolved = zoneWithBracketedCounty(text, opts, resolve) ?? resolve(text, opts);
  // "某市金州新区": a new area named after its district is that district.
  const resolution =
    municipalZoneAtStart(text, opts, resolved) ??
    zoneAfterPlaceAtStart(text, opts, resolved, resolve) ??
    districtNewArea(text, opts, resolved, resolve) ??
    bureauBranch(text, opts, resolved, resolve) ??
    resolved;
  // A corps unit without a code of its own is still a region written there (flagged by its note).
  const hasRegion =
    resolution.code !== null ||
    resolution.candidates.length > 0 ||
    resolution.names.province !== null;
  const start = hasRegion ? resolution.start : 0;
  const end = hasRegion ? resolution.end : 0;
  const tail = text.slice(end);
  return {
    region: text.slice(start, end).trimEnd(),
    rest: tail.replace(LEADING_SEPARATORS, ''),
    start,
    end,
    resolution,
  };
}
