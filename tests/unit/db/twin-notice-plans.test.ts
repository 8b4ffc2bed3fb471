/**
 * Every import asks whether the ledger holds its notice under another file (by 文号, or by
 * date, title and issuer): each ask searches an index of the live notices (migration 0015),
 * never scans the table — a notice's row carries its whole text, so a scan read every
 * notice's text again for each imported one.
 */
import { describe, expect, it, vi } from 'vitest';
import { twinNoticeWarning } from '../../../src/main/app/import/twin-notice';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

type Db = Awaited<ReturnType<typeof ledgerDb>>;

function plan(db: Db, sql: string): string {
  const positional = Array<null>((sql.match(/\?/g) ?? []).length).fill(null);
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...positional) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('twin notice query plans', () => {
  it('asks by 文号 and by date through the live notices’ indexes', async () => {
    const db = await ledgerDb();
    const spy = vi.spyOn(db, 'prepare');
    twinNoticeWarning(db, { docNo: '民函〔2024〕12号', title: null, issuer: null, issuedOn: null });
    twinNoticeWarning(db, {
      docNo: null,
      title: '关于公布第二批社区治理实验区的通知',
      issuer: '民政部',
      issuedOn: '2024-03-01',
    });
    const texts = spy.mock.calls.map((c) => c[0]).filter((sql) => /\bnotices\b/.test(sql));
    spy.mockRestore();
    const plans = texts.map((sql) => plan(db, sql));
    expect(plans).toHaveLength(2);
    expect(plans[0]).toContain('SEARCH notices USING INDEX notices_doc_no (doc_no=?)');
    expect(plans[1]).toContain('SEARCH notices USING INDEX notices_issued_on (issued_on=?)');
    for (const p of plans) expect(p).not.toMatch(/SCAN notices/);
  });
});
