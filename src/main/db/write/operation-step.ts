/**
 * Undo steps: the operations one click commits together (an import of several files: each
 * file its own operation in a savepoint of its own, with its automatic merges) carry one
 * step, so 撤销 takes back what the click did, not its last file. A step is a run of
 * operations next to each other in the log: an operation another door wrote in between ends
 * the run, so an undo never replays the log out of order.
 */
import type Database from 'better-sqlite3';
import type { OperationRow } from './change-log';
import { statement } from './statements';

/** One click's step: its id is the first operation the click wrote (set on that write). */
export interface UndoStep {
  id: number | null;
}

/** Per connection, the step of the writes running now; set only around synchronous work. */
const current = new WeakMap<Database.Database, UndoStep>();
/** Per connection, the steps opened on it: an id a door brings from elsewhere is not one. */
const opened = new WeakMap<Database.Database, Set<number>>();

/**
 * Runs `work` (synchronous: between two awaits another door may write, and that write is
 * not the click's) with every operation it writes in `step`.
 */
export function inStep<T>(db: Database.Database, step: UndoStep | undefined, work: () => T): T {
  if (!step) return work();
  const outer = current.get(db);
  current.set(db, step);
  try {
    return work();
  } finally {
    if (outer) current.set(db, outer);
    else current.delete(db);
  }
}

/**
 * The step of an operation being written (withOperation), or null: its own step. Written on
 * the operation at once, so an operation nested in it (a merge at import) finds it there.
 * A step goes on only right after its own last operation still in force and only where it
 * was opened: an id brought from elsewhere (made up, another ledger's, from before a
 * restart, an id no operation has yet) or one an undo or another door came after opens a
 * step of its own, so no later click's undo takes this operation with it.
 */
export function stepOfNewOperation(db: Database.Database, opId: number): number | null {
  const step = current.get(db);
  if (!step) return null;
  if (step.id !== null && !goesOn(db, step.id, opId)) step.id = null;
  if (step.id === null) {
    step.id = opId;
    const mine = opened.get(db) ?? new Set<number>();
    opened.set(db, mine.add(opId));
  }
  statement(db, 'UPDATE operations SET step = ? WHERE id = ?').run(step.id, opId);
  return step.id;
}

function goesOn(db: Database.Database, step: number, opId: number): boolean {
  if (!opened.get(db)?.has(step)) return false;
  const before = statement(
    db,
    'SELECT step, undone_at FROM operations WHERE id < ? ORDER BY id DESC LIMIT 1',
  ).get(opId) as Pick<OperationRow, 'step' | 'undone_at'> | undefined;
  return before?.step === step && before.undone_at === null;
}

/** The step to go on with after a call: only one an operation of it was committed in. */
export function committedStep(db: Database.Database, step: UndoStep | undefined): number | null {
  if (step?.id == null) return null;
  // from the step's id on (its first operation's): the log's newest few, not all of it
  const found = statement(db, 'SELECT 1 FROM operations WHERE id >= ? AND step = ? LIMIT 1').get(
    step.id,
    step.id,
  );
  return found ? step.id : null;
}

/**
 * The operations the next undo takes back, newest first: the newest in force and, when it
 * was committed in a step, the operations in force just before it of the same step.
 */
export function undoStepOps(db: Database.Database): OperationRow[] {
  const rows = statement(
    db,
    'SELECT * FROM operations WHERE undone_at IS NULL ORDER BY id DESC',
  ).iterate() as IterableIterator<OperationRow>;
  return run(rows);
}

/** The operations the next redo does again, oldest first (an undone step, whole). */
export function redoStepOps(db: Database.Database): OperationRow[] {
  const rows = statement(
    db,
    'SELECT * FROM operations WHERE undone_at IS NOT NULL AND redo_discarded = 0 ORDER BY id ASC',
  ).iterate() as IterableIterator<OperationRow>;
  return run(rows);
}

/** The first row and the rows right after it of its step (the iterator is closed after). */
function run(rows: IterableIterator<OperationRow>): OperationRow[] {
  const out: OperationRow[] = [];
  for (const row of rows) {
    const first = out[0];
    if (first && (first.step === null || row.step !== first.step)) break;
    out.push(row);
  }
  return out;
}
