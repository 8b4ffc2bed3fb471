/**
 * Every write closes its operation by looking for undone operations it makes unredoable.
 * That look must go through operations_active (the undone operations, few), not through
 * the rowid below the new operation — which is the whole history, read again on every
 * write, so a long history made each import slower than the last.
 */
import { describe, expect, it } from 'vitest';
import { REDOABLE_BEFORE_SQL } from '../../../src/main/db/write/with-operation';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

describe('closing an operation', () => {
  it('reads the undone operations through their index, not the whole history', async () => {
    const db = await ledgerDb();
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${REDOABLE_BEFORE_SQL}`).all(1) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/^SEARCH operations USING COVERING INDEX operations_active/);
  });
});
