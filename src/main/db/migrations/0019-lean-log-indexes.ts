/**
 * The operation log's two secondary indexes hold only the rows their readers look for. Each
 * index an import's commit touches is a page of the WAL written and flushed, whatever it
 * holds, and a notice's commit wrote one page into each of these for a row none of their
 * readers could want:
 *
 * - operation_changes_record: an import logs one compact change for its notice, with no
 *   record id (the per-record history finds the import through the record's mentions), and
 *   every reader asks for one record's changes (`record_id = ?` or `IN (…)`), which implies
 *   a record id. Edits, merges and links still index theirs.
 * - operations_active: its readers look for the undone operations (what a redo takes next,
 *   what a new action makes unredoable, a purged notice's undone imports: few). An operation
 *   enters it when it is undone and leaves when it is redone; new ones write nothing there.
 *   The newest operation in force is read from the end of the table by id, as before.
 *
 * Two pages fewer in each notice's commit (of ~80 for a 43-record notice, generated).
 * tests/unit/db/operation-plans.test.ts asserts the plans.
 */
import type { Migration } from './types';

export const leanLogIndexes: Migration = {
  version: 19,
  name: 'lean-log-indexes',
  up: (db) => {
    db.exec(`
      DROP INDEX operation_changes_record;
      CREATE INDEX operation_changes_record ON operation_changes(record_id)
        WHERE record_id IS NOT NULL;
      DROP INDEX operations_active;
      CREATE INDEX operations_active ON operations(undone_at, redo_discarded, id)
        WHERE undone_at IS NOT NULL;
    `);
  },
};
