/**
 * Import write throughput: records/s through writeImport (the real path: notice, records,
 * FTS rows, mentions, operation log) against the SQLite ceiling: the same rows, one
 * prepared INSERT into a bare table, one transaction. Both on a fresh file with the
 * ledger's pragmas (WAL, synchronous=FULL). Two rows: one durable transaction per notice
 * of 100 (a single file imported), and notices written as a multi-file import writes them,
 * several to a transaction with a savepoint each (writeInOneTransaction, its 250 ms budget).
 * Each row ends by writing the search rows its imports left pending, as closing the ledger
 * would: the timed work indexes every record, whenever the ledger does it.
 */
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeInOneTransaction } from '../../../src/main/app/import/file-batch';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { writePendingSearchRows } from '../../../src/main/db/write/deferred-search-index';
import { RECORD_FIELDS, writeImport } from '../../../src/main/db/write/import-rows';
import type { ImportBatch } from '../../../tests/support/generate';
import { importBatches } from '../fixtures';
import { registerBench } from '../registry';

interface State {
  dir: string;
  batches: ImportBatch[];
  rows: Record<string, unknown>[];
  n: number;
  file: string;
  ledger: Ledger | null;
  raw: Database.Database | null;
}

const COLUMNS = ['kind', ...RECORD_FIELDS, 'created_at', 'updated_at'];

const writeRow = (row: { name: string; label: string; run: (s: State) => void }) =>
  registerBench<State>({
    name: row.name,
    label: row.label,
    baselineName: 'raw prepared INSERT, 1 transaction, bare table',
    target: { minRate: 20_000, unit: 'rec' },
    quickScale: 10_000,
    fullScale: 100_000,
    async setup(ctx) {
      const batches = await importBatches(ctx);
      const now = new Date().toISOString();
      const rows = batches.flatMap((b) =>
        b.records.map((r) => ({
          ...Object.fromEntries(RECORD_FIELDS.map((f) => [f, r.fields[f] ?? null])),
          kind: r.kind,
          created_at: now,
          updated_at: now,
        })),
      );
      return { dir: ctx.dir, batches, rows, n: 0, file: '', ledger: null, raw: null };
    },
    async beforeEach(s, side) {
      s.file = path.join(s.dir, `write-${s.n++}.sqlite`);
      if (side === 'op') {
        s.ledger = await openLedger(s.file);
        return;
      }
      s.raw = new Database(s.file);
      s.raw.pragma('journal_mode = WAL');
      s.raw.pragma('synchronous = FULL');
      s.raw.exec(`CREATE TABLE bare (id INTEGER PRIMARY KEY, ${COLUMNS.join(', ')})`);
    },
    run: row.run,
    baseline(s) {
      const db = s.raw!;
      const insert = db.prepare(
        `INSERT INTO bare (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
      );
      db.transaction(() => {
        for (const r of s.rows) insert.run(r);
      })();
    },
    afterEach(s) {
      s.ledger?.close();
      s.raw?.close();
      s.ledger = null;
      s.raw = null;
      // a 100k ledger is ~100 MB: do not keep every repetition's file
      rmSync(s.dir, { recursive: true, force: true });
      mkdirSync(s.dir, { recursive: true });
    },
  });

writeRow({
  name: 'ledger-write',
  label: 'Ledger write (writeImport, 100 rec/notice)',
  run(s) {
    const db = s.ledger!.db;
    for (const b of s.batches) writeImport(db, b.notice, b.records);
    writePendingSearchRows(db);
  },
});

writeRow({
  name: 'ledger-write-batch',
  label: 'Ledger write, several notices per transaction (as a multi-file import)',
  run(s) {
    const db = s.ledger!.db;
    for (let i = 0; i < s.batches.length;) {
      const written = writeInOneTransaction(db, s.batches.slice(i), (b) =>
        writeImport(db, b.notice, b.records),
      );
      for (const w of written) if (!w.ok) throw w.error;
      i += written.length;
    }
    writePendingSearchRows(db);
  },
});
