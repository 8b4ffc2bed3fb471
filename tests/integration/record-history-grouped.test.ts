/**
 * A record's history says each thing an operation did once: an acceptance that closes
 * several of a zone's duties is one line with the count, not one line per duty.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const SCHEDULE = path.join(__dirname, '..', 'fixtures', 'schedule');

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());

it('an acceptance closing several duties is one line per kind of change, with the count', async () => {
  const send = (name: string) => api.importFile(name, readFileSync(path.join(SCHEDULE, name)));
  await send('three-year-approval.txt');
  await send('failed-acceptance.txt');
  const accepted = (
    api.db.prepare("SELECT id FROM records WHERE status LIKE '已验收%'").all() as { id: number }[]
  )[0]!.id;
  const history = await api.call('records/history', { id: accepted });
  const sentences = history.map((h) => h.sentence);
  // No sentence is said twice by the same operation.
  const keys = history.map((h) => `${h.opId} ${h.sentence}`);
  expect(new Set(keys).size).toBe(keys.length);
  const closed = sentences.find((s) => s.startsWith('期限状态由「待办」改为「已完成」'));
  expect(closed).toMatch(/（\d+ 项）$/);
});
