import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src/shared/api-methods';
import { contract } from '../../../src/shared/contract';
import { dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import type { ApiContext } from '../../../src/main/api/context';
import { tempLedger } from '../../support/temp-ledger';

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
});
afterAll(() => cleanup());

describe('the contract', () => {
  it('has a schema and a handler for every method name, and nothing else', () => {
    expect(Object.keys(contract).sort()).toEqual([...API_METHODS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
  });

  it('answers valid calls with ok envelopes', async () => {
    await expect(dispatch('records/list', {}, ctx)).resolves.toEqual({ ok: true, value: [] });
    await expect(dispatch('notices/list', undefined, ctx)).resolves.toEqual({
      ok: true,
      value: [],
    });
    const page = await dispatch('records/page', { kind: 'zone', offset: 0, limit: 50 }, ctx);
    expect(page).toEqual({ ok: true, value: { rows: [], total: 0, offset: 0 } });
  });

  it.each([
    ['unknown method', 'records/drop', {}, 'unknown_method'],
    ['method is not a string', 42, {}, 'unknown_method'],
    ['prototype key as method', '__proto__', {}, 'unknown_method'],
    ['input is a string', 'records/list', 'zone', 'bad_input'],
    ['input is an array', 'records/list', [1, 2], 'bad_input'],
    ['unknown kind', 'records/list', { kind: 'village' }, 'bad_input'],
    ['extra key', 'records/list', { kind: 'zone', drop: true }, 'bad_input'],
    ['negative offset', 'records/page', { offset: -1 }, 'bad_input'],
    ['limit too large', 'records/page', { limit: 1e9 }, 'bad_input'],
    [
      'sort by an arbitrary column',
      'records/page',
      { sort: { field: 'id; DROP TABLE records', dir: 'asc' } },
      'bad_input',
    ],
    ['impossible date', 'deadlines/list', { asOf: '2023-02-30' }, 'bad_input'],
    ['malformed date', 'deadlines/list', { asOf: '2023/02/01' }, 'bad_input'],
    ['empty text list', 'regions/resolve', { texts: [] }, 'bad_input'],
    ['merge one id', 'records/merge', { ids: [1] }, 'bad_input'],
    ['merge non-integer ids', 'records/merge', { ids: [1.5, 'x'] }, 'bad_input'],
  ])('rejects %s with an error envelope', async (_name, method, input, code) => {
    const r = await dispatch(method, input, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese message for people
    }
  });

  it('never throws, whatever it is sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...API_METHODS), fc.string()),
        fc.anything(),
        async (m, input) => {
          const r = await dispatch(m, input, ctx);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.code).not.toBe('internal');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('hostile values', () => {
  it('answers an object without a prototype as the method name', async () => {
    const ctx2 = { ledger: null as never, door: 'cli' as const };
    const r = await dispatch(Object.create(null), {}, ctx2);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
