import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pluckedStatement, statement } from '../../../src/main/db/write/statements';

describe('cached statements that pluck', () => {
  it('answer values without turning the shared statement of the same SQL into values', () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (id INTEGER, name TEXT); INSERT INTO t VALUES (1, '甲'), (2, '乙')");
    const sql = 'SELECT id FROM t ORDER BY id';
    expect(pluckedStatement(db, sql).all()).toEqual([1, 2]);
    // a later caller of statement() still gets rows, whatever order the two were first asked in
    expect(statement(db, sql).all()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(pluckedStatement(db, sql).all()).toEqual([1, 2]);
    expect(statement(db, sql).get()).toEqual({ id: 1 });
    db.close();
  });
});
