/**
 * The notice's identity reads keep whole only the records whose codes can be an item's unit
 * (join-reads.ts, core/dedupe/unit-codes.ts): each item must be found the same record as by
 * weighing every record of its kind and programme filed near it, under its own programme and
 * under a family of programmes, and fewer records must be read whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesNear, placeOfCode, regionMapper } from '../../src/main/app/dedupe/nearby-codes';
import { NoticeReads } from '../../src/main/app/import/join-reads';
import { findIdentity } from '../../src/main/core/dedupe/identity';
import {
  identityCandidates,
  identityCandidatesByProgramme,
  type IdentityRow,
} from '../../src/main/db/queries/identity';
import { writeImport } from '../../src/main/db/write/import-rows';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
let drafts: IdentityRow[];

beforeAll(async () => {
  t = await tempLedger();
  const pool = await loadRegionPool();
  const g = generateLedger({ seed: 41, size: 3_000 }, pool);
  for (const b of toImportBatches(g.records, { seed: 41, perNotice: 100 }))
    writeImport(t.ledger.db, b.notice, b.records);
  // Items of a later notice: the ledger's own records (each is found), their variants
  // written another way and records of another seed (most found nowhere).
  const later = generateLedger({ seed: 42, size: 600 }, pool).records;
  drafts = [...g.records.slice(0, 900), ...later].map((r) => ({
    id: 0,
    kind: r.kind,
    programme: r.programme,
    year: r.year,
    batch: r.batch,
    regionCode: r.regionCode.slice(0, 6),
    unitCode: r.unitCode,
    town: r.town,
    unit: null,
    regionText: r.regionText,
    title: r.title,
  }));
}, 120_000);
afterAll(() => t?.cleanup());

const near = (d: IdentityRow) =>
  placeOfCode(d.regionCode).known ? codesNear(t.ledger.db, [d.regionCode]) : null;

describe('identity reads by unit', () => {
  it('find every item the record weighing all its county’s records finds, reading fewer', () => {
    const db = t.ledger.db;
    const reads = new NoticeReads(db);
    const items = drafts.map((d) => ({ d, codes: near(d) }));
    for (const { d, codes } of items) reads.note(d, codes);
    let found = 0;
    let before = 0;
    let after = 0;
    for (const { d, codes } of items) {
      const all = identityCandidates(db, d.kind, d.programme, d.year, codes);
      const mine = reads.candidates(d, codes);
      expect(mine.every((r) => all.some((a) => a.id === r.id))).toBe(true);
      const m = findIdentity(d, all, regionMapper());
      expect(findIdentity(d, mine, regionMapper())).toEqual(m);
      if (m) found++;
      before += all.length;
      after += mine.length;
    }
    expect(found).toBeGreaterThan(500);
    // a county of this small ledger holds few records of a programme; of a big one, dozens
    expect(after).toBeLessThan(before * 0.9);
  });

  it('weigh an item under each programme of a family as reading them all did', () => {
    const db = t.ledger.db;
    const reads = new NoticeReads(db);
    const items = drafts.slice(0, 300).map((d) => ({ d, codes: near(d) }));
    for (const { d, codes } of items) reads.note(d, codes);
    const programmes = (kind: string) =>
      (
        db
          .prepare('SELECT DISTINCT programme FROM records WHERE kind = ? ORDER BY programme')
          .all(kind) as { programme: string }[]
      ).map((r) => r.programme);
    let found = 0;
    for (const { d, codes } of items) {
      const family = programmes(d.kind);
      const all = identityCandidatesByProgramme(db, d.kind, family, d.year, codes);
      const mine = reads.byFamily(d, family, codes);
      for (const p of family) {
        const m = findIdentity({ ...d, programme: p }, all.get(p)!, regionMapper());
        expect(findIdentity({ ...d, programme: p }, mine.get(p)!, regionMapper())).toEqual(m);
        if (m) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
