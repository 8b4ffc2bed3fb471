/**
 * Undo and redo: an operation's changes replayed backwards (undo) or forwards (redo),
 * generically — a column set back, a row deleted or put back — except the compact forms
 * declared in compact-forms.ts. Each step is one IMMEDIATE transaction, so the ledger is
 * never seen half undone, even across processes.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';
import { stepSummary, type UndoOutcome } from '../../../shared/operations';
import { changesOf, parseImage, parseValue, type ChangeRow, type OperationRow } from './change-log';
import { isCompactForm, replayCompact } from './compact-forms';
import {
  checkColumns,
  isLedgerTable,
  LEDGER_TABLES,
  type LedgerTable,
  type RowImage,
} from './ledger-tables';
import { redoStepOps, undoStepOps } from './operation-step';
import { assignments, keyMatch, quoted, statement } from './statements';

type Direction = 'undo' | 'redo';

function table(c: ChangeRow): LedgerTable {
  if (!isLedgerTable(c.table_name))
    throw new AppError('bad_log', `操作记录中有无法识别的表：${c.table_name}`);
  return c.table_name;
}

function keyOf(t: LedgerTable, c: ChangeRow, image: RowImage): (string | number | null)[] {
  const keys: readonly string[] = LEDGER_TABLES[t];
  return keys.length === 1 && keys[0] === 'id' ? [c.row_id] : keys.map((k) => image[k] ?? null);
}

/** Puts one logged change's `to` side in place of its `from` side. */
function replayChange(db: Database.Database, c: ChangeRow, d: Direction, now: string): void {
  if (c.form !== null) {
    if (!isCompactForm(c.form)) throw new AppError('bad_log', `未知的操作形式：${c.form}`);
    return replayCompact(db, c.form, c, d, now);
  }
  const t = table(c);
  const keys: readonly string[] = LEDGER_TABLES[t];
  if (c.field !== null) {
    checkColumns(db, t, [c.field]);
    const value = parseValue(d === 'undo' ? c.before : c.after);
    statement(db, `UPDATE "${t}" SET "${c.field}" = ? WHERE id = ?`).run(value, c.row_id);
    return;
  }
  const from = parseImage(d === 'undo' ? c.after : c.before);
  const to = parseImage(d === 'undo' ? c.before : c.after);
  if (to === null && from !== null) {
    statement(db, `DELETE FROM "${t}" WHERE ${keyMatch(keys)}`).run(...keyOf(t, c, from));
  } else if (to !== null && from === null) {
    const cols = Object.keys(to);
    checkColumns(db, t, cols);
    statement(
      db,
      `INSERT INTO "${t}" (${quoted(cols)}) VALUES (${cols.map(() => '?').join(', ')})`,
    ).run(...cols.map((k) => to[k] ?? null));
  } else if (to !== null) {
    const cols = Object.keys(to).filter((k) => !keys.includes(k));
    checkColumns(db, t, cols);
    if (cols.length === 0) return;
    statement(db, `UPDATE "${t}" SET ${assignments(cols)} WHERE ${keyMatch(keys)}`).run(
      ...cols.map((k) => to[k] ?? null),
      ...keyOf(t, c, to),
    );
  }
}

function replayOperation(db: Database.Database, op: OperationRow, d: Direction, now: string) {
  const changes = changesOf(db, op.id);
  for (const c of d === 'undo' ? changes.reverse() : changes) replayChange(db, c, d, now);
  statement(db, 'UPDATE operations SET undone_at = ? WHERE id = ?').run(
    d === 'undo' ? now : null,
    op.id,
  );
}

/** The operation the next undo takes back. */
export const lastActive = (db: Database.Database): OperationRow | null =>
  (statement(
    db,
    'SELECT * FROM operations WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1',
  ).get() as OperationRow | undefined) ?? null;

/** The operation the next redo does again. */
export const nextRedo = (db: Database.Database): OperationRow | null =>
  (statement(
    db,
    'SELECT * FROM operations WHERE undone_at IS NOT NULL AND redo_discarded = 0 ORDER BY id ASC LIMIT 1',
  ).get() as OperationRow | undefined) ?? null;

const outcome = (op: OperationRow, steps: number, summary = op.summary): UndoOutcome => ({
  opId: op.id,
  kind: op.kind,
  summary,
  steps,
});

/** A step a person confirmed must still be the step taken (another door may have written since). */
export function expectStep(op: OperationRow | null, opId: number | undefined): void {
  if (opId !== undefined && op?.id !== opId)
    throw new AppError(
      'history_moved',
      '台账刚被其他窗口或命令行修改，要撤销或重做的操作已经不同了。请看一眼按钮上的说明再试。',
    );
}

/**
 * Takes back the newest step: its operation, or every operation one click committed with it
 * (operation-step.ts), newest first, in one transaction. `opId` is the newest one's.
 */
export function undoLast(
  db: Database.Database,
  now = new Date().toISOString(),
  opId?: number,
): UndoOutcome | null {
  return db
    .transaction((): UndoOutcome | null => {
      const ops = undoStepOps(db);
      expectStep(ops[0] ?? null, opId);
      if (ops.length === 0) return null;
      for (const op of ops) replayOperation(db, op, 'undo', now);
      return outcome(ops[0]!, ops.length, stepSummary(ops));
    })
    .immediate();
}

/** Does the next step again: an undone step's operations, oldest first. `opId`: the oldest's. */
export function redoNext(
  db: Database.Database,
  now = new Date().toISOString(),
  opId?: number,
): UndoOutcome | null {
  return db
    .transaction((): UndoOutcome | null => {
      const ops = redoStepOps(db);
      expectStep(ops[0] ?? null, opId);
      if (ops.length === 0) return null;
      for (const op of ops) replayOperation(db, op, 'redo', now);
      return outcome(ops[0]!, ops.length, stepSummary(ops));
    })
    .immediate();
}

/**
 * Undoes every operation from the newest back to `opId` (included), newest first, in one
 * transaction: the ledger goes straight to how it was before that operation.
 */
export function undoTo(
  db: Database.Database,
  opId: number,
  now = new Date().toISOString(),
): UndoOutcome | null {
  return db
    .transaction((): UndoOutcome | null => {
      const target = statement(db, 'SELECT * FROM operations WHERE id = ?').get(opId) as
        OperationRow | undefined;
      if (!target || target.undone_at !== null)
        throw new AppError('not_found', `操作 ${opId} 不存在或已撤销`);
      let steps = 0;
      // A target inside a step takes the step's earlier operations too: a click is undone whole.
      const within = (op: OperationRow) =>
        op.id >= opId || (target.step !== null && op.step === target.step);
      for (let op = lastActive(db); op && within(op); op = lastActive(db)) {
        replayOperation(db, op, 'undo', now);
        steps++;
      }
      return outcome(target, steps);
    })
    .immediate();
}
