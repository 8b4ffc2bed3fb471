/**
 * Undo/redo needs two facts the first schema lacked: which undone operations can no longer
 * be redone (a new action after an undo discards the redo stack, as in every editor), and
 * whether a notice's import has been undone (the notice stays, withdrawn, so that redo and a
 * later re-import of the same file restore it instead of duplicating it).
 */
import type { Migration } from './types';

export const undoRedo: Migration = {
  version: 2,
  name: 'undo-redo',
  up: (db) => {
    db.exec(`
      ALTER TABLE operations ADD COLUMN redo_discarded INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE notices ADD COLUMN withdrawn_at TEXT;
      CREATE INDEX operations_active ON operations(undone_at, redo_discarded, id);
    `);
  },
};
