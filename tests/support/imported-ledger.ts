/**
 * A fresh ledger per call with the given files imported one at a time, each without a
 * failure, for tests comparing what different import orders leave in the ledger; every
 * ledger made is removed after the enclosing tests.
 */
import type Database from 'better-sqlite3';
import { afterAll, expect } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from './temp-ledger';

type ImportedFile = Parameters<typeof importFiles>[1][number];

/** The same, handing back the whole ledger, for tests that act on it through the app. */
export function importedLedgerHandles(): (...files: ImportedFile[]) => Promise<Ledger> {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((t) => t.cleanup()));
  return async (...files) => {
    const t = await tempLedger();
    made.push(t);
    for (const f of files) expect((await importFiles(t.ledger, [f])).failures).toEqual([]);
    return t.ledger;
  };
}

export function importedLedgers(): (files: readonly ImportedFile[]) => Promise<Database.Database> {
  const handles = importedLedgerHandles();
  return async (files) => (await handles(...files)).db;
}
