/**
 * "The ledger was written": told after every call that changed it (any method the contract
 * marks write or history, answered ok), whichever page made it. The undo/redo buttons and
 * the history list re-read what the next step would do when they hear it.
 */
import type { MethodName } from '../../../shared/api-methods';
import { METHOD_ACCESS } from '../../../shared/method-access';

const bus = new EventTarget();

export function noteCall(method: MethodName, ok: boolean): void {
  if (ok && METHOD_ACCESS[method] !== 'read') bus.dispatchEvent(new Event('written'));
}

export function onLedgerWritten(cb: () => void): () => void {
  bus.addEventListener('written', cb);
  return () => bus.removeEventListener('written', cb);
}
