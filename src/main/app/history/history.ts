/**
 * Undo, redo and the history list, as the 撤销/重做 buttons and the 操作记录 page use them:
 * what the next step would do (a label, and whether to ask first), the recent operations
 * with who/when/what, and undoing back to a chosen point. A restore replaces the ledger's
 * contents, so its steps go through the backups use case; every other operation replays its log.
 */
import { AppError } from '../../../shared/app-error';
import {
  actorLabel,
  needsConfirm,
  operationKindLabel,
  stepLabel,
  type HistoryPeek,
  type HistoryStep,
  type OperationSummary,
  type UndoOutcome,
} from '../../../shared/operations';
import type { LedgerHandle } from '../../db/ledger';
import { importEffects } from '../../db/queries/import-effects';
import {
  listOperations,
  operationWithJoins,
  undoneImportCounts,
  type OperationRow,
} from '../../db/queries/operations';
import {
  expectStep,
  lastActive,
  nextRedo,
  redoNext,
  undoLast,
  undoTo,
} from '../../db/write/replay';
import { redoStepOps, undoStepOps } from '../../db/write/operation-step';
import { isWholeLedger, WHOLE_LEDGER_KINDS } from '../../db/write/restore-log';
import { redoRestore, undoRestore, type OpenLedger } from '../backups/restore-ledger';
import { summariseStep } from './history-steps';

function tablesOf(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function toSummary(op: OperationRow): OperationSummary {
  return {
    opId: op.id,
    kind: op.kind,
    kindLabel: operationKindLabel(op.kind),
    summary: op.summary,
    at: op.created_at,
    actor: op.actor,
    actorLabel: actorLabel(op.actor),
    noticeId: op.notice_id,
    records: op.records,
    tables: tablesOf(op.tables),
    undone: op.undone_at !== null,
    discarded: op.redo_discarded === 1,
  };
}

/**
 * An import's records are those it created; those it joined are counted apart: a record it
 * joined and also updated (a field its notice filled, a value it weighed higher) was counted
 * among its changes.
 */
const withJoins = (op: ReturnType<typeof listOperations>[number]): OperationSummary => {
  const s = toSummary(op);
  // Records whose only change was a duty are counted as duties, not records.
  const records = Math.max(0, op.records - op.duty_records - (op.joined_changed ?? 0));
  return {
    ...s,
    records,
    ...(op.duties > 0 ? { duties: op.duties } : {}),
    ...(op.joined === null ? {} : { joined: op.joined }),
  };
};

const step = (verb: '撤销' | '重做', s: OperationSummary | null): HistoryStep | null =>
  s && { op: s, label: stepLabel(verb, s), confirm: needsConfirm(s) };

export function peekHistory(ledger: LedgerHandle): HistoryPeek {
  // The undo of a later notice (an acceptance naming nine zones held) takes its sources and
  // status changes away, not the nine zones: the confirmation must say so, as 操作记录 does.
  // A step of several operations (an import of several files) is said whole: one click's.
  const undoing = undoStepOps(ledger.db).map((op) => inForce(ledger, op));
  const redoing = redoStepOps(ledger.db).map((op) => redoSummary(ledger, op));
  const whole = (parts: OperationSummary[]) =>
    parts.length > 1 ? summariseStep(parts, parts[0]!.opId) : (parts[0] ?? null);
  return { undo: step('撤销', whole(undoing)), redo: step('重做', whole(redoing)) };
}

/** An operation in force with the records it joined and, an import, what it changed of them. */
function inForce(ledger: LedgerHandle, op: OperationRow): OperationSummary {
  const s = withJoins(operationWithJoins(ledger.db, op.id));
  // …and what it changed of them (N 条记录状态…, M 项期限…), as 操作记录's effects line says.
  const effects = op.kind === 'import' ? importEffects(ledger.db, [op.id]).get(op.id) : null;
  return effects ? { ...s, effects } : s;
}

/** A redo of a later notice: its records born and joined, from what its undo took away. */
function redoSummary(ledger: LedgerHandle, op: OperationRow): OperationSummary {
  const s = toSummary(op);
  const counts = op.kind === 'import' ? undoneImportCounts(ledger.db, op.id) : null;
  return counts && counts.joined > 0 ? { ...s, ...counts } : s;
}

/**
 * The history list; an import says what it changed of the records it joined (statuses,
 * duties closed), not only how many it joined.
 */
export function listHistory(
  ledger: LedgerHandle,
  opts: { limit: number; before?: number },
): OperationSummary[] {
  const rows = listOperations(ledger.db, opts);
  // A step the page ends inside is listed whole: its earlier operations are read on.
  for (let last = rows.at(-1); last && last.step !== null;) {
    const more = listOperations(ledger.db, { limit: opts.limit, before: last.id });
    const same = more.findIndex((o) => o.step !== last!.step);
    rows.push(...(same < 0 ? more : more.slice(0, same)));
    last = same < 0 && more.length > 0 ? more.at(-1) : undefined;
  }
  const ops = rows.map(withJoins);
  const effects = importEffects(
    ledger.db,
    ops.filter((o) => o.kind === 'import').map((o) => o.opId),
  );
  const listed = ops.map((o) => {
    const e = effects.get(o.opId);
    return e ? { ...o, effects: e } : o;
  });
  return asSteps(listed, rows);
}

/**
 * Operations next to each other of one step (newest first) as one row: its first operation's
 * id, so 撤销到此 takes the whole step back and the next page starts below it.
 */
function asSteps(listed: OperationSummary[], rows: readonly OperationRow[]): OperationSummary[] {
  const out: OperationSummary[] = [];
  for (let i = 0; i < listed.length;) {
    let j = i + 1;
    const step = rows[i]!.step;
    while (step !== null && j < listed.length && rows[j]!.step === step) j++;
    const parts = listed.slice(i, j);
    out.push(parts.length > 1 ? summariseStep(parts, parts.at(-1)!.opId) : parts[0]!);
    i = j;
  }
  return out;
}

export async function undo(ledger: OpenLedger, opId?: number): Promise<UndoOutcome | null> {
  const op = lastActive(ledger.db);
  if (op && isWholeLedger(op)) {
    expectStep(op, opId);
    return undoRestore(ledger, op);
  }
  return undoLast(ledger.db, undefined, opId);
}

export async function redo(ledger: OpenLedger, opId?: number): Promise<UndoOutcome | null> {
  const op = nextRedo(ledger.db);
  if (op && isWholeLedger(op)) {
    expectStep(op, opId);
    return redoRestore(ledger, op);
  }
  return redoNext(ledger.db, undefined, opId);
}

/** Undoes the newest operations back to `opId` (included): the ledger as it was before it. */
export async function undoBackTo(ledger: OpenLedger, opId: number): Promise<UndoOutcome | null> {
  const db = ledger.db;
  // A restore on the way replaces the contents, not a replay: it can only be the last step.
  const restore = db
    .prepare(
      `SELECT id FROM operations WHERE kind IN (${WHOLE_LEDGER_KINDS.map((k) => `'${k}'`).join(', ')})
          AND undone_at IS NULL AND id >= ? ORDER BY id DESC LIMIT 1`,
    )
    .get(opId) as { id: number } | undefined;
  if (!restore) return undoTo(db, opId);
  if (restore.id !== opId)
    throw new AppError(
      'restore_in_between',
      '要撤销到的操作之后恢复过备份：请先撤销那次恢复，再撤销更早的操作。',
    );
  let steps = 0;
  for (let op = lastActive(db); op && op.id > opId; op = lastActive(db)) {
    undoLast(db);
    steps++;
  }
  const done = await undo(ledger);
  return done && { ...done, steps: steps + 1 };
}
