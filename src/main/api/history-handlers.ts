/** Undo, redo, the history list and per-record history, all read from the operation log. */
import { listHistory, peekHistory, redo, undo, undoBackTo } from '../app/history/history';
import { recordHistory } from '../app/history/record-history';
import type { HandlerGroup } from './handler-types';

export const historyHandlers: HandlerGroup<
  | 'history/undo'
  | 'history/redo'
  | 'history/peek'
  | 'history/list'
  | 'history/undoTo'
  | 'records/history'
> = {
  'history/undo': (input, ctx) => undo(ctx.ledger, input.opId),
  'history/redo': (input, ctx) => redo(ctx.ledger, input.opId),
  'history/peek': (_input, ctx) => peekHistory(ctx.ledger),
  'history/list': (input, ctx) => listHistory(ctx.ledger, input),
  'history/undoTo': (input, ctx) => undoBackTo(ctx.ledger, input.opId),
  'records/history': (input, ctx) => recordHistory(ctx.ledger, input.id),
};
