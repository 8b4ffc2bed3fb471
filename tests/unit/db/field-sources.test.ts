/**
 * An imported value's source is its record's own mention, without a provenance row per
 * field (migration 0008): readers see the same sources as when the import wrote a row
 * for each, an edit or a merge still writes its own, "no source" stays no source, and
 * undo brings back exactly the sources there were.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/main/app/records/edit-records';
import { mergeRecords } from '../../../src/main/app/dedupe/merge-records';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { fieldSources } from '../../../src/main/db/queries/identity';
import { loadMergeCandidates } from '../../../src/main/db/queries/merges';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { composedNotice } from '../../support/notice-draft';
import { tempDir, tempLedger } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const notice = (sha: string) =>
  composedNotice(sha, { rawText: '一、甲社区\n二、乙社区', title: '通知' });
const record = (seq: number, title: string): RecordDraft => ({
  kind: 'zone',
  fields: { seq, title, unit: `${title}单位`, programme: '实验区', content: null },
  seq,
  span: { start: 0, end: 4 },
  extracted: { title },
});

const sourcesOf = (db: Database.Database, id: number) =>
  Object.fromEntries(
    fieldSources(db, id)
      .map((s) => [s.field, s.mentionId === null ? `op${s.opId}` : `m${s.mentionId}`] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
const mentionOf = (db: Database.Database, id: number) =>
  (db.prepare('SELECT id FROM mentions WHERE original_record_id = ?').get(id) as { id: number }).id;

async function ledgerWithImport() {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  const db = t.ledger.db;
  const written = writeImport(db, notice('a'), [record(1, '甲'), record(2, '乙')]);
  return { ledger: t.ledger, db, written };
}

describe('field sources from the record’s own mention', () => {
  it('an import writes no provenance rows; every value it set reads as from its mention', async () => {
    const { db, written } = await ledgerWithImport();
    expect(db.prepare('SELECT count(*) AS n FROM field_provenance').get()).toEqual({ n: 0 });
    const [a] = written.recordIds;
    const m = `m${mentionOf(db, a!)}`;
    // content was null: no source for it.
    expect(sourcesOf(db, a!)).toEqual({ programme: m, seq: m, title: m, unit: m });
    expect(fieldSources(db, a!).every((s) => s.opId === written.opId && s.role)).toBe(true);
  });

  it('an edit is the person’s, and its undo gives the field back to the mention', async () => {
    const { ledger, db, written } = await ledgerWithImport();
    const a = written.recordIds[0]!;
    const before = sourcesOf(db, a);
    const edit = applyEdits(ledger, [{ id: a, field: 'title', value: '甲改' }], 'edit');
    expect(sourcesOf(db, a)).toEqual({ ...before, title: `op${edit.opId}` });
    undoLast(db);
    expect(sourcesOf(db, a)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM field_provenance').get()).toEqual({ n: 0 });
  });

  it('a merge takes the other record’s source with its value; undo restores both', async () => {
    const { ledger, db, written } = await ledgerWithImport();
    const [a, b] = written.recordIds as [number, number];
    const [sa, sb] = [sourcesOf(db, a), sourcesOf(db, b)];
    mergeRecords(ledger, { ids: [a, b], survivorId: a, choices: { title: b } });
    expect(db.prepare('SELECT title FROM records WHERE id = ?').get(a)).toEqual({ title: '乙' });
    expect(sourcesOf(db, a).title).toBe(`m${mentionOf(db, b)}`);
    // The merged record's mention moved to the survivor; its own values still read as its.
    expect(sourcesOf(db, b)).toEqual(sb);
    expect(loadMergeCandidates(db, [a])[0]!.sources['title']).toBe('confirmation');
    undoLast(db);
    expect([sourcesOf(db, a), sourcesOf(db, b)]).toEqual([sa, sb]);
  });

  it('"no source" set on purpose does not fall back to the mention, and undoes', async () => {
    const { ledger, db, written } = await ledgerWithImport();
    const a = written.recordIds[0]!;
    const before = sourcesOf(db, a);
    withOperation(ledger, { kind: 'edit', summary: '修改' }, (tx) => {
      tx.setProvenance(a, 'title', null);
    });
    expect(sourcesOf(db, a)).not.toHaveProperty('title');
    expect(loadMergeCandidates(db, [a])[0]!.sources).not.toHaveProperty('title');
    undoLast(db);
    expect(sourcesOf(db, a)).toEqual(before);
    redoNext(db);
    expect(sourcesOf(db, a)).not.toHaveProperty('title');
  });

  it('upgrading drops only the rows that repeat a record’s own mention, sources unchanged', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openDatabase(path.join(t.dir, 'v7.sqlite'));
    await migrate(db, { target: 7 });
    const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
    run(
      "INSERT INTO operations(id, kind, summary, created_at, actor) VALUES (1, 'import', '导入', '2024', 'import')",
    );
    run("INSERT INTO operations(id, kind, summary, created_at) VALUES (2, 'edit', '修改', '2024')");
    run(
      "INSERT INTO notices(id, file, sha256, format, raw_text, title, imported_at, op_id) VALUES (1, 'a.txt', 'a', 'txt', '原文', '通知', '2024', 1)",
    );
    for (const id of [1, 2]) {
      run(
        "INSERT INTO records(id, kind, title, unit, created_at, updated_at) VALUES (?, 'zone', ?, '单位', '2024', '2024')",
        id,
        `标题${id}`,
      );
      run(
        'INSERT INTO mentions(id, record_id, notice_id, span_start, span_end, original_record_id) VALUES (?, ?, 1, 0, 2, ?)',
        id,
        id,
        id,
      );
      for (const f of ['title', 'unit'])
        run('INSERT INTO field_provenance VALUES (?, ?, ?, 1)', id, f, id);
    }
    // Record 1's title edited by a person, record 2's unit taken from record 1's mention.
    run(
      "UPDATE field_provenance SET mention_id = NULL, op_id = 2 WHERE record_id = 1 AND field = 'title'",
    );
    run("UPDATE field_provenance SET mention_id = 1 WHERE record_id = 2 AND field = 'unit'");
    const stored = db.prepare('SELECT * FROM field_provenance ORDER BY 1, 2').all();
    await migrate(db);
    expect(db.prepare('SELECT * FROM field_provenance ORDER BY 1, 2').all()).toEqual([
      { record_id: 1, field: 'title', mention_id: null, op_id: 2 },
      { record_id: 2, field: 'unit', mention_id: 1, op_id: 1 },
    ]);
    expect(db.prepare('SELECT * FROM field_sources ORDER BY 1, 2').all()).toEqual(stored);
    db.close();
  });
});
