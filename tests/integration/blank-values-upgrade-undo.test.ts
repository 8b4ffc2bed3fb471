/**
 * A ledger whose imports stored '' for a zone's unwritten title, opened by this version
 * (migration 0024): the blank titles become no value, an undo and a redo of such an import
 * afterwards leave the ledger exactly as the migration left it, and an import undone before
 * the upgrade comes back by redo with no value either — not with the '' its undo kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { openLedger, type Ledger } from '../../src/main/db/ledger';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempDir } from '../support/temp-ledger';

const FILE = 'f02-sentence-inherited.txt';
const bytes = readFileSync(path.join(__dirname, '..', 'fixtures', 'extract', FILE));

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A ledger holding the notice as an import before migration 0024 stored it. */
async function olderLedger(undoneFirst: boolean): Promise<string> {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const file = path.join(dir.dir, 'l.sqlite');
  const ledger = await openLedger(file);
  expect((await importFiles(ledger, [{ name: FILE, bytes }])).failures).toEqual([]);
  // what the older import wrote: '' where the notice named no title
  ledger.db.prepare("UPDATE records SET title = '' WHERE title IS NULL").run();
  if (undoneFirst) undoLast(ledger.db);
  ledger.db.pragma('user_version = 23');
  ledger.close();
  return file;
}

async function reopen(file: string): Promise<Ledger> {
  const ledger = await openLedger(file);
  cleanups.unshift(() => ledger.close());
  return ledger;
}

const titles = (l: Ledger) =>
  l.db.prepare("SELECT title FROM records WHERE kind = 'zone'").all() as { title: unknown }[];

describe('migration 0024 on a ledger imported before it', () => {
  it('leaves no blank title, and an undo and redo of the older import restore exactly', async () => {
    const ledger = await reopen(await olderLedger(false));
    expect(titles(ledger)).toHaveLength(6);
    expect(titles(ledger).every((r) => r.title === null)).toBe(true);
    const upgraded = ledgerFingerprint(ledger.db, { log: false });
    expect(undoLast(ledger.db)?.kind).toBe('import');
    expect(titles(ledger)).toEqual([]);
    redoNext(ledger.db);
    expect(ledgerFingerprint(ledger.db, { log: false })).toBe(upgraded);
    undoLast(ledger.db);
    expect(titles(ledger)).toEqual([]);
  });

  it('redoes an import undone before the upgrade with no blank title', async () => {
    const ledger = await reopen(await olderLedger(true));
    expect(titles(ledger)).toEqual([]);
    redoNext(ledger.db);
    expect(titles(ledger)).toHaveLength(6);
    expect(titles(ledger).every((r) => r.title === null)).toBe(true);
  });
});
