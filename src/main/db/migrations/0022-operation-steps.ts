/**
 * Operations one click committed together carry the same step (an import of several files:
 * each file its own operation, in a savepoint of its own, and its automatic merges): 撤销 and
 * 重做 take the whole step, and 操作记录 lists it as one row. NULL: the operation is its own
 * step, as every operation logged before this migration is.
 */
import type { Migration } from './types';

export const operationSteps: Migration = {
  version: 22,
  name: 'operation-steps',
  up: (db) => {
    db.exec('ALTER TABLE operations ADD COLUMN step INTEGER');
  },
};
