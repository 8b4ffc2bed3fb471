/**
 * A fresh ledger driven through the API methods, as a door drives it: `attempt` answers
 * the method's result (refusals included), `call` its value (a refusal fails the test),
 * `importFile` imports one file and answers its notice's id. Close it with `cleanup`.
 */
import { expect } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';
import { tempLedger } from './temp-ledger';

export async function apiLedger() {
  const t = await tempLedger();
  const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
  const attempt = <M extends MethodName>(m: M, input: MethodInput<M>) => dispatch(m, input, ctx);
  const call = async <M extends MethodName>(m: M, input: MethodInput<M>) => {
    const r = await attempt(m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value as MethodOutput<M>;
  };
  const importFile = async (name: string, bytes: Uint8Array | string) => {
    const o = await call('import/files', {
      files: [{ name, dataBase64: Buffer.from(bytes).toString('base64') }],
    });
    expect(o.failures).toEqual([]);
    return o.files[0]!.noticeId!;
  };
  return { ledger: t.ledger, db: t.ledger.db, attempt, call, importFile, cleanup: t.cleanup };
}
