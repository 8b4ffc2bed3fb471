/**
 * Messages between the window's process and the backend's child process (an Electron
 * utilityProcess on the desktop; a Node child in tests). The child owns the ledger and
 * runs every handler, so long work never blocks the window.
 */
import type { Result } from '../../shared/result';
import type { Progress } from '../app/progress';

export type ToBackend =
  { type: 'call'; id: number; method: unknown; input: unknown } | { type: 'close' };

export type FromBackend =
  | { type: 'ready'; ledgerFile: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; id: number; method: string; progress: Progress }
  | { type: 'fatal'; message: string }
  | { type: 'closed' };

/** Either side's end of the channel, whatever carries it. */
export interface BackendPort {
  post(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
  onExit(listener: (code: number | null) => void): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A message from the parent, checked: anything else is ignored. */
export function toBackend(v: unknown): ToBackend | null {
  if (!isObject(v)) return null;
  if (v.type === 'close') return { type: 'close' };
  if (v.type === 'call' && typeof v.id === 'number')
    return { type: 'call', id: v.id, method: v.method, input: v.input };
  return null;
}
