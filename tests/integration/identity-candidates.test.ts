/**
 * A draft weighed against a family of programmes reads the ledger once
 * (identityCandidatesByProgramme); what each programme gets must be exactly what reading it
 * alone gives (identityCandidates), or joins would change with how the check is batched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesNear } from '../../src/main/app/dedupe/nearby-codes';
import {
  identityCandidates,
  identityCandidatesByProgramme,
} from '../../src/main/db/queries/identity';
import { writeImport } from '../../src/main/db/write/import-rows';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 31, size: 1_500 }, await loadRegionPool());
  for (const b of toImportBatches(g.records, { seed: 31, perNotice: 100 }))
    writeImport(t.ledger.db, b.notice, b.records);
}, 120_000);
afterAll(() => t?.cleanup());

describe('identity candidates of a family of programmes', () => {
  it('gives each programme the rows it gives alone, in the same order', () => {
    const db = t.ledger.db;
    const rows = db
      .prepare(
        `SELECT DISTINCT kind, programme, year, region_code AS code FROM records
          WHERE programme IS NOT NULL ORDER BY kind, programme, year, code`,
      )
      .all() as { kind: string; programme: string; year: number | null; code: string | null }[];
    const kinds = [...new Set(rows.map((r) => r.kind))];
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    let compared = 0;
    let nonEmpty = 0;
    for (const kind of kinds) {
      const ofKind = rows.filter((r) => r.kind === kind);
      const family = [...new Set(ofKind.map((r) => r.programme))];
      const years = [...new Set(ofKind.map((r) => r.year)), null];
      const codes = [...new Set(ofKind.map((r) => r.code))].slice(0, 12);
      for (const code of codes) {
        for (const near of [codesNear(db, [code]), null]) {
          for (const year of years) {
            const together = identityCandidatesByProgramme(db, kind, family, year, near);
            for (const p of family) {
              const alone = identityCandidates(db, kind, p, year, near);
              expect(together.get(p)).toEqual(alone);
              compared++;
              if (alone.length > 0) nonEmpty++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(nonEmpty).toBeGreaterThan(10);
  });
});
