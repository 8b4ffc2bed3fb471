/**
 * Generated cross-notice series (tests/support/generate/series.ts): a confirmation, then a
 * progress report and an acceptance result naming the same zones — some under the unit's
 * new name. Imported through the real importer in either order, they must yield one record
 * per real zone, every later mention joined to the zone it names (precision and recall of
 * the joins), and every zone accepted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { gazetteerRegions } from '../../src/main/core/dedupe/gazetteer-regions';
import { generateSeries, loadRegionPool } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

describe('labelled cross-notice series', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  for (const [label, order] of [
    ['in order', [0, 1, 2]],
    ['later notices first', [2, 1, 0]],
  ] as const) {
    it(`one record per real zone, every mention joined to its zone (${label})`, async () => {
      const pool = await loadRegionPool();
      const series = generateSeries({ seed: 7, zones: 24 }, pool);
      expect(series.zones.some((z) => z.renamed)).toBe(pool.source === 'gazetteer');
      const t = await tempLedger();
      cleanups.push(t.cleanup);
      for (const i of order) {
        const n = series.notices[i]!;
        const o = await importFiles(t.ledger, [{ name: n.name, bytes: n.bytes }]);
        expect(o.failures).toEqual([]);
      }
      const db = t.ledger.db;
      const records = db
        .prepare(
          `SELECT id, region_code AS code, status FROM records
            WHERE kind = 'zone' AND merged_into IS NULL AND deleted_at IS NULL`,
        )
        .all() as { id: number; code: string; status: string | null }[];
      // Today's code of each record's unit, as identity compares them (江干区 → 上城区).
      const regions = gazetteerRegions();
      const today = (code: string) => regions(code)[0] ?? code;
      const truth = new Map(series.zones.map((z, i) => [z.code, i]));
      const zoneOf = (code: string) => truth.get(code) ?? truth.get(today(code));

      // One record per real zone: no duplicate, none missing, none invented.
      expect(records).toHaveLength(series.zones.length);
      expect(new Set(records.map((r) => zoneOf(r.code))).size).toBe(series.zones.length);

      // Joins: each notice's mention of a zone lands on that zone's record.
      const mentions = db
        .prepare(
          `SELECT n.file, r.region_code AS code FROM mentions m
             JOIN notices n ON n.id = m.notice_id JOIN records r ON r.id = m.record_id`,
        )
        .all() as { file: string; code: string }[];
      let expected = 0;
      let right = 0;
      for (const n of series.notices) {
        const got = mentions.filter((m) => m.file === n.name).map((m) => zoneOf(m.code));
        const want = new Set(n.items);
        expected += want.size;
        right += got.filter((z) => z !== undefined && want.has(z)).length;
        expect(got.length, n.name).toBe(want.size);
      }
      const precision = right / mentions.length;
      const recall = right / expected;
      expect({ precision, recall }).toEqual({ precision: 1, recall: 1 });
      expect(records.every((r) => r.status?.startsWith('已验收'))).toBe(true);
    }, 300_000);
  }
});
