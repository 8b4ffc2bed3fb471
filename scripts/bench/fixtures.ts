/**
 * Data shared by rows: the generated ledger (same seed → same records in every run) and a
 * ledger file of N records written once per run through the real import path, reused by
 * the open and query rows instead of each rebuilding it.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { replanIfOutdated } from '../../src/main/app/schedule/replan';
import { CASE_KEYS } from '../../src/main/core/dedupe/title-identity';
import { openLedger } from '../../src/main/db/ledger';
import { keyNotedCaseTitles } from '../../src/main/db/write/case-title-keys';
import { writeImport } from '../../src/main/db/write/import-rows';
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type GeneratedLedger,
  type ImportBatch,
} from '../../tests/support/generate';
import type { LedgerRecord } from '../../src/shared/domain';
import type { BenchContext } from './types';

/** 1,000 notices of 100 records at 100k: the shape of a real import history. */
export const RECORDS_PER_NOTICE = 100;

export async function generated(ctx: BenchContext, size = ctx.scale): Promise<GeneratedLedger> {
  return generateLedger({ seed: ctx.seed, size }, await loadRegionPool());
}

export async function importBatches(ctx: BenchContext, size = ctx.scale): Promise<ImportBatch[]> {
  return toImportBatches((await generated(ctx, size)).records, {
    seed: ctx.seed,
    perNotice: RECORDS_PER_NOTICE,
  });
}

/** A ledger file of `size` records; built on first use in this run, then reused. */
export async function ledgerFile(ctx: BenchContext, size = ctx.scale): Promise<string> {
  const file = path.join(ctx.fixturesDir, `ledger-${size}.sqlite`);
  if (existsSync(file)) return file;
  const building = `${file}.building`;
  const ledger = await openLedger(building);
  try {
    for (const b of await importBatches(ctx, size)) writeImport(ledger.db, b.notice, b.records);
    // the case keys an import through the app keeps before it commits (case-title-keys.ts)
    ledger.db.transaction(() => keyNotedCaseTitles(ledger.db, CASE_KEYS)).immediate();
  } finally {
    ledger.close();
  }
  // renamed only when complete, so a crashed build is never mistaken for a fixture
  renameSync(building, file);
  return file;
}

/**
 * `ledgerFile`'s ledger with its deadlines planned by this build's rules, as a ledger the
 * app has been importing into is: the raw writes above plan none, so the first import into
 * a copy re-planned every record in an operation of its own (the upgrade's one-off,
 * app/schedule/replan.ts) — seven seconds at 100k, and the import rows measured that
 * instead of a notice. Built once per run, then reused.
 */
export async function plannedLedgerFile(ctx: BenchContext, size = ctx.scale): Promise<string> {
  const file = path.join(ctx.fixturesDir, `ledger-${size}-planned.sqlite`);
  if (existsSync(file)) return file;
  const building = `${file}.building`;
  copyFileSync(await ledgerFile(ctx, size), building);
  const ledger = await openLedger(building);
  try {
    replanIfOutdated(ledger);
  } finally {
    ledger.close();
  }
  renameSync(building, file);
  return file;
}

/** The generated ledger as the app's records (truth codes), for rows that start from records. */
export async function ledgerRecords(ctx: BenchContext, size: number): Promise<LedgerRecord[]> {
  const g = await generated(ctx, size);
  return g.records.map((r, i) => ({
    id: i + 1,
    kind: r.kind,
    programme: r.programme,
    year: r.year,
    batch: r.batch,
    seq: i + 1,
    regionText: r.regionText,
    regionCode: r.regionCode.slice(0, 6),
    unitCode: r.unitCode,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    unit: null,
    title: r.title,
    content: r.content,
    status: '实验中',
    mentions: [],
  }));
}
