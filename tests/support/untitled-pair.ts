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
