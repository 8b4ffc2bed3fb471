/**
 * The programmes of a kind whose name ends like a core (join-records.ts reads them per notice
 * to find a programme written with the unit's place in front, or a province's own one) are
 * the kind's live programme names, read by one index seek per name and compared in
 * JavaScript. A DISTINCT testing the ending in SQL skipped past a name only once it had kept
 * it, so a core that no name ends with read every record of the kind. The answers must be
 * exactly the plain DISTINCT's: live records only, the kind's only, in name order.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { LIVE } from '../../src/main/db/queries/live';
import { liveProgrammes, programmesLike } from '../../src/main/db/queries/identity';
import { tempLedgerDbs } from '../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const NAMES = [
  '全国社区治理和服务创新实验区',
  '宣恩县社区治理和服务创新实验区',
  '浙江省城乡社区治理和服务创新实验区',
  '浙江省社区治理和服务创新实验区（第二批）',
  '四川省基层社会治理创新观察点',
  '实验区',
  '区',
  '\u{10ffff}实验区',
  '2021年度全国基层治理创新典型案例',
];

function insert(db: Database.Database, kind: string, programme: string | null, live = true) {
  db.prepare(
    `INSERT INTO records (kind, programme, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, '2026-01-01', '2026-01-01')`,
  ).run(kind, programme, live ? null : '2026-01-02');
}

/** What the check read before: the kind's live records, names compared by their ending. */
const plain = (db: Database.Database, kind: string, core: string) =>
  (
    db
      .prepare(
        `SELECT DISTINCT programme FROM records r
          WHERE ${LIVE} AND kind = ? AND programme IS NOT NULL
            AND substr(programme, -length(?)) = ?
          ORDER BY programme`,
      )
      .all(kind, core, core) as { programme: string }[]
  ).map((r) => r.programme);

function fill(db: Database.Database) {
  NAMES.forEach((name, i) => {
    insert(db, 'zone', name);
    insert(db, 'zone', name);
    if (i % 3 === 0) insert(db, 'case', name);
  });
  insert(db, 'zone', '只删除的社区治理和服务创新实验区', false);
  insert(db, 'zone', null);
  insert(db, 'zone', '');
}

describe('programmes ending like a core', () => {
  it('are the ones a pass over the kind’s live records finds, in name order', async () => {
    const db = await ledgerDb();
    fill(db);
    const cores = [
      ...NAMES,
      ...NAMES.map((n) => n.slice(-5)),
      '社区治理和服务创新实验区',
      '只删除的社区治理和服务创新实验区',
      '无此项目',
      '',
    ];
    let found = 0;
    for (const kind of ['zone', 'case', 'observation'])
      for (const core of cores) {
        const got = programmesLike(db, kind, core);
        expect(got, `${kind} ${core}`).toEqual(plain(db, kind, core));
        found += got.length;
      }
    expect(found).toBeGreaterThan(30);
    expect(programmesLike(db, 'zone', '')).toEqual(['']);
    expect(programmesLike(db, 'zone', '只删除的社区治理和服务创新实验区')).toEqual([]);
  });

  it('are read by a seek per name through the live programme index, never a pass', async () => {
    const db = await ledgerDb();
    fill(db);
    const spy = vi.spyOn(db, 'prepare');
    expect(liveProgrammes(db, 'zone')).toHaveLength(NAMES.length + 1); // the empty name too
    const texts = spy.mock.calls.map((c) => c[0]);
    spy.mockRestore();
    expect(texts).toHaveLength(2);
    for (const sql of texts) {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ kind: 'zone', after: '' }) as {
          detail: string;
        }[]
      ).map((r) => r.detail);
      expect(plan.join(' | ')).toMatch(/^SEARCH r USING (COVERING )?INDEX records_live_programme/);
      expect(plan.join(' | ')).not.toMatch(/SCAN|TEMP B-TREE/);
    }
  });
});
