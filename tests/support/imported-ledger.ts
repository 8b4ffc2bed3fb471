/**
 * A fresh ledger per call with the given files imported one at a time, each without a
 * failure, for tests comparing what different import orders leave in the ledger; every
 * ledger made is removed after the enclosing tests.
 */
import type Database from 'better-sqlite3';
import { afterAll, expect } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from './temp-ledger';

type ImportedFile = Parameters<typeof importFiles>[1][number];

export function importedLedgers(): (files: readonly ImportedFile[]) => Promise<Database.Database> {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((t) => t.cleanup()));
  return async (files) => {
    const t = await tempLedger();
    made.push(t);
    for (const f of files) expect((await importFiles(t.ledger, [f])).failures).toEqual([]);
    return t.ledger.db;
  };
}
