/**
 * The rules kept between regenerations (db/queries/kept-rules.ts) against a fresh read
 * (allRules) through the writes that reach rules other than an import's own: a user's rule
 * added, edited and removed through its operation and that undone and redone; an import
 * stating rules undone and redone; its withdrawn notice purged; a restore and its undo;
 * another connection editing a notice or adding a rule; a schema change; another ledger
 * attached beside this one. A connection that never plans keeps no log (no triggers).
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreLedger } from '../../src/main/app/backups/restore-ledger';
import { redo, undo } from '../../src/main/app/history/history';
import { importFiles } from '../../src/main/app/import/import-notices';
import { saveUserRule } from '../../src/main/app/schedule/schedule-edits';
import { makeBackup } from '../../src/main/db/backups';
import { keptRules } from '../../src/main/db/queries/kept-rules';
import { allRules } from '../../src/main/db/queries/rules';
import { purgeWithdrawnNotice } from '../../src/main/db/write/purge-withdrawn';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let t: Awaited<ReturnType<typeof tempLedger>> | undefined;
afterEach(() => t?.cleanup());

const approval = () => ({
  name: 'three-year-approval.txt',
  bytes: readFileSync(
    path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt'),
  ),
});
const SECOND = textFile('second.txt', [
  '民政部关于同意将上海市静安区确认为全国社区治理和服务创新实验区的批复',
  '民函〔2017〕12号',
  '上海市民政局：',
  '经研究，同意将上海市静安区确认为全国社区治理和服务创新实验区，实验时间为期三年。',
  '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告。',
  '民政部',
  '2017年3月1日',
]);

describe('kept schedule rules through history, restore and other connections', () => {
  it('equal a fresh read after each', async () => {
    t = await tempLedger();
    const ledger = t.ledger;
    const db = ledger.db;
    const check = () => {
      const kept = keptRules(db);
      expect(kept).toEqual(allRules(db));
      return kept;
    };
    // a connection that never plans milestones keeps no log of rules: no triggers to run
    const logging = () =>
      db
        .prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name LIKE 'kept_rules%'")
        .get() as { n: number };
    expect(allRules(db).length).toBeGreaterThan(0);
    expect(logging().n).toBe(0);
    await importFiles(ledger, [approval()]);
    expect(logging().n).toBe(5);
    const before = check().length;
    const backup = await makeBackup(db, t.file, 'manual');
    await importFiles(ledger, [SECOND]);
    const stating = check().length;
    expect(stating).toBeGreaterThan(before);
    const programme = check().find((r) => r.noticeId !== null)!.programme;
    const id = saveUserRule(ledger, { programme, kind: 'cycle', params: { years: 5 } })!;
    expect(check().some((r) => r.id === id)).toBe(true);
    saveUserRule(ledger, { id, programme, kind: 'cycle', params: { years: 4 } });
    expect(check().find((r) => r.id === id)!.params).toEqual({ years: 4 });
    await undo(ledger); // the edit
    expect(check().find((r) => r.id === id)!.params).toEqual({ years: 5 });
    await undo(ledger); // the addition
    expect(check().some((r) => r.id === id)).toBe(false);
    await redo(ledger);
    await redo(ledger);
    expect(check().find((r) => r.id === id)!.params).toEqual({ years: 4 });
    saveUserRule(ledger, { id, programme, kind: 'cycle', params: { years: 4 }, remove: true });
    expect(check().some((r) => r.id === id)).toBe(false);
    await undo(ledger); // the removal
    await undo(ledger); // the edit
    await undo(ledger); // the addition
    await undo(ledger); // the import stating rules: its notice withdrawn
    expect(check().length).toBe(before);
    await redo(ledger);
    expect(check().length).toBe(stating);
    await undo(ledger);
    check();
    // the withdrawn notice purged (its rules deleted with it)
    const withdrawn = db
      .prepare('SELECT id FROM notices WHERE withdrawn_at IS NOT NULL ORDER BY id')
      .all() as { id: number }[];
    for (const n of withdrawn) purgeWithdrawnNotice(db, n.id);
    check();
    await importFiles(ledger, [SECOND]);
    expect(check().length).toBe(stating);
    // a restore and its undo
    await restoreLedger(ledger, backup, { kind: 'restore', label: 'b' });
    expect(check().length).toBe(before);
    await undo(ledger);
    expect(check().length).toBe(stating);
    // another connection edits a notice a rule row reads, then adds a rule
    const noticeId = check().find((r) => r.noticeId !== null)!.noticeId!;
    const other = new Database(t.file);
    other.prepare("UPDATE notices SET title = '另一窗口改的标题' WHERE id = ?").run(noticeId);
    expect(check().find((r) => r.noticeId === noticeId)!.noticeTitle).toBe('另一窗口改的标题');
    other
      .prepare(
        `INSERT INTO rules(notice_id, programme, kind, text, params, created_at)
         VALUES (NULL, NULL, 'cycle', '为期两年', '{"years":2}', 'x')`,
      )
      .run();
    other.close();
    expect(check().length).toBe(stating + 1);
    // the schema changes under this connection (a migration's ALTER TABLE)
    db.exec('ALTER TABLE notices ADD COLUMN note_x TEXT');
    db.prepare("UPDATE notices SET issued_on = '2017-03-02' WHERE id = ?").run(noticeId);
    expect(check().find((r) => r.noticeId === noticeId)!.noticeIssuedOn).toBe('2017-03-02');
    // another ledger attached beside this one, its rules written: this ledger's are unchanged
    db.prepare('ATTACH DATABASE ? AS beside').run(backup);
    db.prepare("UPDATE beside.rules SET text = '旁边的' WHERE 1").run();
    db.prepare("UPDATE notices SET doc_no = '民函〔2017〕13号' WHERE id = ?").run(noticeId);
    expect(check().find((r) => r.noticeId === noticeId)!.noticeDocNo).toBe('民函〔2017〕13号');
    db.exec('DETACH DATABASE beside');
    check();
  });
});
