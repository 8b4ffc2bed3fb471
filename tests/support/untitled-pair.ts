/**
 * Two untitled records placed by the gazetteer as an import would place them, and the linker
 * run on the pair alone: the composed pairs of the untitled-unit link tests.
 */
import {
  findDuplicateCandidates,
  gazetteerRegions,
  type DedupeRecord,
} from '../../src/main/core/dedupe';
import { resolveRegion } from '../../src/main/core/gazetteer';

export function untitledRecord(
  id: number,
  programme: string | null,
  regionText: string,
  { kind = 'other', year = null }: { kind?: string; year?: number | null } = {},
): DedupeRecord {
  const r = resolveRegion(regionText);
  return {
    id,
    kind,
    programme,
    year,
    batch: null,
    regionCode: r.regionCode,
    unitCode: r.code,
    town: r.names.town,
    title: null,
    written: regionText,
  };
}

export const runPair = (a: DedupeRecord, b: DedupeRecord) =>
  findDuplicateCandidates([a, b], { regions: gazetteerRegions() });

/** An untitled record filed at `code` as its unit, no township: a unit the gazetteer keeps there. */
export const untitledAt = (
  id: number,
  programme: string,
  written: string,
  code: string,
): DedupeRecord => ({
  ...untitledRecord(id, programme, written),
  regionCode: code,
  unitCode: code,
  town: null,
  written,
});

/** The relations the linker gives the pair alone. */
export const pairRelations = (a: DedupeRecord, b: DedupeRecord) =>
  runPair(a, b).related.map((x) => x.relation);
