/** A fresh ledger's connection per call, each closed and its folder removed after its test. */
import { afterEach } from 'vitest';
import { tempLedger } from './temp-ledger';

export function tempLedgerDbs() {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return async () => {
    const t = await tempLedger();
    cleanups.push(t.cleanup);
    return t.ledger.db;
  };
}
