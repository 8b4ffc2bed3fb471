/**
 * The programmes of a kind whose name starts like a base (join-records.ts reads them per
 * notice to find a programme written with other levels) are read by one index seek per
 * programme, not a pass over the kind's records. They must be exactly those the plain
 * DISTINCT gives: live records only, the kind's only, names just past the prefix's range
 * (characters far up in Unicode, the base itself) included.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LIVE } from '../../src/main/db/queries/live';
import { programmesStartingLike } from '../../src/main/db/queries/identity';
import { tempLedgerDbs } from '../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const NAMES = [
  '全国农村社区治理实验区',
  '全国农村社区治理实验区（第二批）',
  '全国农村社区治理实验县（市、区）',
  '全国农村社区治理实验县',
  '全国农村社区治理',
  '全国农村社区治理\u{10ffff}后缀',
  '全国农村社区治理\uffff',
  '全国农村社区治',
  '全国农村社区治理实验区x',
  '省级农村社区治理实验区',
];

function insert(db: Database.Database, kind: string, programme: string | null, live = true) {
  db.prepare(
    `INSERT INTO records (kind, programme, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, '2026-01-01', '2026-01-01')`,
  ).run(kind, programme, live ? null : '2026-01-02');
}

/** What the check read before: every live record of the kind, names compared by prefix. */
const plain = (db: Database.Database, kind: string, base: string) =>
  (
    db
      .prepare(
        `SELECT DISTINCT programme FROM records r
          WHERE ${LIVE} AND kind = ? AND programme IS NOT NULL
            AND substr(programme, 1, length(?)) = ?
          ORDER BY programme`,
      )
      .all(kind, base, base) as { programme: string }[]
  ).map((r) => r.programme);

describe('programmes starting like a base', () => {
  it('are the ones a pass over the kind’s live records finds, in name order', async () => {
    const db = await ledgerDb();
    NAMES.forEach((name, i) => {
      insert(db, 'zone', name);
      insert(db, 'zone', name);
      if (i % 3 === 0) insert(db, 'case', name);
    });
    insert(db, 'zone', '全国农村社区治理只删除的', false);
    insert(db, 'zone', null);
    const bases = [
      ...NAMES,
      ...NAMES.map((n) => n.slice(0, 6)),
      '全国农村社区治理实验',
      '全国农村社区治理只删除',
      '全国',
      '无此项目',
    ];
    let found = 0;
    for (const kind of ['zone', 'case', 'observation'])
      for (const base of bases) {
        const got = programmesStartingLike(db, kind, base);
        expect(got, `${kind} ${base}`).toEqual(plain(db, kind, base));
        found += got.length;
      }
    expect(found).toBeGreaterThan(50);
    expect(programmesStartingLike(db, 'zone', '全国农村社区治理')).toContain(
      '全国农村社区治理\u{10ffff}后缀',
    );
    expect(programmesStartingLike(db, 'zone', '全国农村社区治理只删除')).toEqual([]);
  });
});
