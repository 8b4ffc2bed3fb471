/**
 * The notices whose yearly rounds a programme's records can end are its calls: a notice stating
 * a yearly application deadline. A notice stating only a yearly filing (每年3月31日前报送年检材料,
 * `filing`) plans no round, so no record's change re-plans it; a rule stored before the flag
 * existed stays a call.
 */
import { describe, expect, it } from 'vitest';
import { annualCallNotices } from '../../../src/main/db/queries/programme-cycles';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

describe('annualCallNotices', () => {
  it("names a programme's yearly calls, never its yearly filings", async () => {
    const db = await ledgerDb();
    const notice = db.prepare(
      `INSERT INTO notices (file, sha256, format, raw_text, imported_at)
       VALUES (?, ?, 'txt', '', '2026-01-01') RETURNING id`,
    );
    const rule = db.prepare(
      `INSERT INTO rules (notice_id, programme, kind, text, params, created_at)
       VALUES (?, 'P', 'annual_deadline', '', ?, '2026-01-01')`,
    );
    const ids = ['call', 'filing', 'stored'].map(
      (f) => (notice.get(`${f}.txt`, f) as { id: number }).id,
    );
    rule.run(ids[0], JSON.stringify({ month: 4, day: 30, endOfMonth: false }));
    rule.run(ids[1], JSON.stringify({ month: 3, day: 31, endOfMonth: false, filing: true }));
    rule.run(ids[2], JSON.stringify({ month: 9 }));
    expect(annualCallNotices(db, ['P']).sort()).toEqual([ids[0], ids[2]].sort());
  });
});
