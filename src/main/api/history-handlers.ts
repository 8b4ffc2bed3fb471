/** Undo, redo and per-record history, all read from the operation log. */
import '../db/operation-kinds';
import { recordHistory, redoNext, undoLast } from '../db/operation-log';
import type { HandlerGroup } from './handler-types';

export const historyHandlers: HandlerGroup<'history/undo' | 'history/redo' | 'records/history'> = {
  'history/undo': (_input, ctx) => undoLast(ctx.ledger.db),
  'history/redo': (_input, ctx) => redoNext(ctx.ledger.db),
  'records/history': (input, ctx) => recordHistory(ctx.ledger.db, input.id),
};
