/**
 * The rules kept between regenerations (db/queries/kept-rules.ts) always equal a fresh read
 * (allRules): after imports stating rules, a rule edited, added and removed by hand, its
 * notice edited, withdrawn and brought back, a rolled-back savepoint and transaction, and
 * another connection's commit. With nothing changed the same frozen list is answered.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptRules } from '../../src/main/db/queries/kept-rules';
import { allRules } from '../../src/main/db/queries/rules';
import { writeImport } from '../../src/main/db/write/import-rows';
import type { RuleDraft } from '../../src/shared/ledger-drafts';
import {
  generateLedger,
  loadRegionPool,
  toImportBatches,
  type ImportBatch,
} from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
let batches: ImportBatch[];

const stated = (programme: string | null): RuleDraft[] => [
  {
    kind: 'cycle',
    text: '为期三年',
    span: { start: 10, end: 14 },
    params: { years: 3 },
    programme,
  },
  {
    kind: 'annual_plan',
    text: '每年1月底前报送年度工作计划',
    span: { start: 20, end: 34 },
    params: { month: 1 },
    programme,
  },
];

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 47, size: 150 }, await loadRegionPool());
  batches = toImportBatches(g.records, { seed: 47, perNotice: 30 });
}, 60_000);
afterAll(() => t?.cleanup());

describe('kept schedule rules', () => {
  it('equal a fresh read after every kind of change', () => {
    const db = t.ledger.db;
    const check = () => {
      const kept = keptRules(db);
      expect(kept).toEqual(allRules(db));
      return kept;
    };
    const write = (i: number) => {
      const b = batches[i]!;
      return writeImport(db, b.notice, b.records, stated(b.notice.programme));
    };
    const defaults = allRules(db).length; // the programmes' default rules
    const first = write(0);
    const one = check();
    expect(one.length).toBe(defaults + 2);
    // nothing changed: the same frozen list, rows and params
    expect(keptRules(db)).toBe(one);
    expect(Object.isFrozen(one) && Object.isFrozen(one[0]) && Object.isFrozen(one[0]!.params)).toBe(
      true,
    );
    write(1);
    const two = check();
    expect(two.length).toBe(defaults + 4);
    const stating = <T extends { noticeId: number | null }>(rs: readonly T[]) =>
      rs.filter((r) => r.noticeId === first.noticeId);
    expect(two[0]).toBe(one[0]); // a rule that did not change keeps its row
    // a rule edited, a user's rule added, a rule removed
    db.prepare(`UPDATE rules SET params = '{"years":5}' WHERE id = ?`).run(two[0]!.id);
    expect(check()[0]!.params).toEqual({ years: 5 });
    db.prepare(
      `INSERT INTO rules(notice_id, programme, kind, text, params, created_at)
       VALUES (NULL, NULL, 'extension', '延期', '{"recordId":3}', 'x')`,
    ).run();
    check();
    db.prepare('DELETE FROM rules WHERE id = ?').run(stating(two)[1]!.id);
    check();
    // the notice a rule row reads: edited, withdrawn, brought back
    db.prepare(
      "UPDATE notices SET title = '更正后的标题', doc_no = '某〔2020〕1号' WHERE id = ?",
    ).run(first.noticeId);
    expect(stating(check())[0]!.noticeTitle).toBe('更正后的标题');
    db.prepare("UPDATE notices SET withdrawn_at = 'x' WHERE id = ?").run(first.noticeId);
    expect(stating(check())).toEqual([]);
    db.prepare('UPDATE notices SET withdrawn_at = NULL WHERE id = ?').run(first.noticeId);
    expect(stating(check()).length).toBe(1);
    // changes rolled back, after the rules were read inside them
    db.exec('SAVEPOINT s');
    write(2);
    db.prepare("UPDATE notices SET role = 'news' WHERE id = ?").run(first.noticeId);
    check();
    db.exec('ROLLBACK TO s; RELEASE s');
    check();
    try {
      db.transaction(() => {
        write(3);
        check();
        throw new Error('rolled back');
      })();
    } catch {
      // expected
    }
    check();
    // another connection writes
    const other = new Database(t.file);
    other.prepare(`UPDATE rules SET text = '为期两年' WHERE id = ?`).run(two[0]!.id);
    other.close();
    expect(check()[0]!.text).toBe('为期两年');
  });
});
