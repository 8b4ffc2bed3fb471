/**
 * Migration 0005 brings a log written before the write door into today's form: an
 * import, an edit and a merge logged the older way still undo and redo exactly after the
 * upgrade; the schedule's default rules are stored once.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOW = '2024-01-01T00:00:00Z';

/** What the older code wrote: an import of two records, an edit, a merge of 2 into 1. */
function olderLog(db: Database.Database) {
  const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
  run(
    "INSERT INTO operations(id, kind, summary, created_at, actor) VALUES (1, 'import', '导入《通知》：2 条记录', ?, 'import')",
    NOW,
  );
  run(
    "INSERT INTO notices(id, file, sha256, format, raw_text, title, imported_at, op_id) VALUES (1, 'a.txt', 'x', 'txt', '原文原文', '通知', ?, 1)",
    NOW,
  );
  run('UPDATE operations SET notice_id = 1 WHERE id = 1');
  for (const id of [1, 2]) {
    run(
      "INSERT INTO records(id, kind, title, created_at, updated_at) VALUES (?, 'case', ?, ?, ?)",
      id,
      `案例${id}`,
      NOW,
      NOW,
    );
    run(
      'INSERT INTO mentions(id, record_id, notice_id, seq, span_start, span_end, original_record_id) VALUES (?, ?, 1, ?, 0, 2, ?)',
      id,
      id,
      id,
      id,
    );
    run(
      "INSERT INTO field_provenance(record_id, field, mention_id, op_id) VALUES (?, 'title', ?, 1)",
      id,
      id,
    );
    run(
      "INSERT INTO operation_changes(op_id, table_name, row_id, record_id, after) VALUES (1, 'records', ?, ?, ?)",
      id,
      id,
      JSON.stringify({ kind: 'case', title: `案例${id}` }),
    );
  }
  // An edit of record 1's title.
  run("INSERT INTO operations(id, kind, summary, created_at) VALUES (2, 'edit', '修改', ?)", NOW);
  run("UPDATE records SET title = '改过' WHERE id = 1");
  run(
    "INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after) VALUES (2, 'records', 1, 1, 'title', '\"案例1\"', '\"改过\"')",
  );
  // A merge of 2 into 1 that took 2's title (whole-row images, provenance by row_id/field).
  run(
    "INSERT INTO operations(id, kind, summary, created_at) VALUES (3, 'merge', '合并记录 2 → 1', ?)",
    NOW,
  );
  run("UPDATE records SET title = '案例2' WHERE id = 1");
  run('UPDATE records SET merged_into = 1 WHERE id = 2');
  run('UPDATE mentions SET record_id = 1 WHERE id = 2');
  run("UPDATE field_provenance SET mention_id = 2 WHERE record_id = 1 AND field = 'title'");
  const log = (
    table: string,
    rowId: number,
    field: string | null,
    before: unknown,
    after: unknown,
  ) =>
    run(
      'INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after) VALUES (3, ?, ?, ?, ?, ?, ?)',
      table,
      rowId,
      table === 'mentions' ? 2 : rowId,
      field,
      JSON.stringify(before),
      JSON.stringify(after),
    );
  log(
    'records',
    1,
    null,
    { id: 1, title: '改过', merged_into: null },
    { id: 1, title: '案例2', merged_into: null },
  );
  log(
    'records',
    2,
    null,
    { id: 2, title: '案例2', merged_into: null },
    { id: 2, title: '案例2', merged_into: 1 },
  );
  log('mentions', 2, 'record_id', 2, 1);
  log('field_provenance', 1, 'title', { mention_id: 1, op_id: 1 }, { mention_id: 2, op_id: 1 });
}

/**
 * The ledger's rows; provenance as readers see it (field_sources since migration 0008,
 * where a value without a row comes from its record's own mention).
 */
const rows = (db: Database.Database, provenance = 'field_sources') => ({
  records: db
    .prepare(
      'SELECT id, title, merged_into, deleted_at IS NOT NULL AS deleted FROM records ORDER BY id',
    )
    .all(),
  mentions: db.prepare('SELECT id, record_id FROM mentions ORDER BY id').all(),
  provenance: db
    .prepare(`SELECT record_id, field, mention_id FROM ${provenance} ORDER BY 1, 2`)
    .all(),
  withdrawn: (
    db.prepare('SELECT withdrawn_at IS NOT NULL AS w FROM notices').get() as { w: number }
  ).w,
});

describe('migration 0005 (one write door)', () => {
  it('keeps older operations undoable and redoable exactly', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openDatabase(path.join(t.dir, 'old.sqlite'));
    await migrate(db, { target: 4 });
    olderLog(db);
    const merged = rows(db, 'field_provenance');
    await migrate(db);

    expect(db.prepare('SELECT count(*) AS n FROM rules WHERE notice_id IS NULL').get()).toEqual({
      n: 10,
    });
    expect(db.prepare('SELECT records, tables FROM operations WHERE id = 1').get()).toEqual({
      records: 2,
      tables: '["records"]',
    });

    expect(undoLast(db)?.kind).toBe('merge');
    expect(rows(db)).toMatchObject({
      records: [
        { id: 1, title: '改过', merged_into: null },
        { id: 2, title: '案例2', merged_into: null },
      ],
      mentions: [
        { id: 1, record_id: 1 },
        { id: 2, record_id: 2 },
      ],
      provenance: [
        { record_id: 1, field: 'title', mention_id: 1 },
        { record_id: 2, field: 'title', mention_id: 2 },
      ],
    });
    expect(undoLast(db)?.kind).toBe('edit');
    expect(rows(db).records[0]).toMatchObject({ title: '案例1' });
    expect(undoLast(db)?.kind).toBe('import');
    expect(rows(db)).toMatchObject({ withdrawn: 1, records: [{ deleted: 1 }, { deleted: 1 }] });

    for (let i = 0; i < 3; i++) redoNext(db);
    expect(rows(db)).toEqual(merged);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
