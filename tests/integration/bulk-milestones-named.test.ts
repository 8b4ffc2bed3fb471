/**
 * Completing one zone's deadlines at once is named in the history and on the undo button
 * by the zone's title, never by the ledger's internal record number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { ApiContext } from '../../src/main/api/context';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';
import { importFiles } from '../../src/main/app/import/import-notices';
import { recordName } from '../../src/shared/record-name';
import { tempLedger } from '../support/temp-ledger';

let ctx: ApiContext;
let cleanup: () => void;
async function call<M extends MethodName>(m: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(m, input, ctx);
  if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
  const file = path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt');
  await importFiles(ctx.ledger, [
    { name: 'three-year-approval.txt', bytes: new Uint8Array(readFileSync(file)) },
  ]);
});
afterEach(() => cleanup());

it("one zone's deadlines done at once: the step names the zone by its title", async () => {
  const [zone] = await call('records/list', { kind: 'zone' });
  const { changed } = await call('milestones/bulk', { status: 'done', recordId: zone!.id });
  expect(changed).toBeGreaterThan(0);
  const undo = (await call('history/peek', {})).undo;
  expect(undo?.op.summary).toContain(`（${recordName(zone!)}）`);
  expect(undo?.label).not.toMatch(/记录 \d/);
});
