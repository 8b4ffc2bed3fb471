/**
 * Opening an existing ledger of N records with openLedger (pragmas, schema version read,
 * migration check) against opening the same file with a bare `new Database(file)`.
 * Warm OS cache: this is the app start a user sees on the second launch onwards.
 */
import Database from 'better-sqlite3';
import { openLedger, type Ledger } from '../../../src/main/db/ledger';
import { ledgerFile } from '../fixtures';
import { registerBench } from '../registry';

interface State {
  file: string;
  ledger: Ledger | null;
  raw: Database.Database | null;
}

registerBench<State>({
  name: 'ledger-open',
  label: 'Ledger open (openLedger, existing file)',
  baselineName: 'raw new Database(file)',
  target: { maxMs: 250 },
  quickScale: 10_000,
  fullScale: 100_000,
  runs: { quick: 7, full: 7 },
  warmup: 1,
  async setup(ctx) {
    return { file: await ledgerFile(ctx), ledger: null, raw: null };
  },
  async run(s) {
    s.ledger = await openLedger(s.file);
  },
  baseline(s) {
    s.raw = new Database(s.file);
  },
  afterEach(s) {
    s.ledger?.close();
    s.raw?.close();
    s.ledger = null;
    s.raw = null;
  },
});
