/**
 * Completing one zone's deadlines at once is named in the history and on the undo button
 * by the zone's title, never by the ledger's internal record number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordName } from '../../src/shared/record-name';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
  const file = path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt');
  await api.importFile('three-year-approval.txt', new Uint8Array(readFileSync(file)));
});
afterEach(() => api.cleanup());
const call: (typeof api)['call'] = (m, input) => api.call(m, input);

it("one zone's deadlines done at once: the step names the zone by its title", async () => {
  const [zone] = await call('records/list', { kind: 'zone' });
  const { changed } = await call('milestones/bulk', { status: 'done', recordId: zone!.id });
  expect(changed).toBeGreaterThan(0);
  const undo = (await call('history/peek', {})).undo;
  expect(undo?.op.summary).toContain(`（${recordName(zone!)}）`);
  expect(undo?.label).not.toMatch(/记录 \d/);
});
