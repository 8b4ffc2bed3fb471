/**
 * The import rows of the bench start from a ledger planned by this build's rules, as one the
 * app has been importing into is. The raw fixture plans no deadline, so the first import
 * into it re-planned every record (the upgrade's one-off, seven seconds at 100k) and the row
 * measured that instead of a notice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerFile, plannedLedgerFile } from '../../../scripts/bench/fixtures';
import { plannedByOlderRules } from '../../../src/main/app/schedule/replan';
import { openLedger } from '../../../src/main/db/ledger';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ctx = { scale: 1_000, quick: true, dir, fixturesDir: dir, seed: 20_260_401 };

const planned = async (file: string) => {
  const ledger = await openLedger(file);
  try {
    const n = ledger.db.prepare('SELECT count(*) AS n FROM milestones').get() as { n: number };
    return { older: plannedByOlderRules(ledger.db), milestones: n.n };
  } finally {
    ledger.close();
  }
};

describe('the bench import rows’ ledgers', () => {
  it('are planned by this build’s rules, so no import re-plans them', async () => {
    const state = await planned(await plannedLedgerFile(ctx, 1_000));
    expect(state.older).toBe(false);
    expect(state.milestones).toBeGreaterThan(0);
  }, 60_000);

  it('while the raw fixture the other rows read is left as written (the control)', async () => {
    expect(await planned(await ledgerFile(ctx, 1_000))).toEqual({ older: true, milestones: 0 });
  }, 60_000);
});
