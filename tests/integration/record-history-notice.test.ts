/**
 * A record's history names the notice each change came from: the status an acceptance set
 * reads "from《that acceptance》", not a bare "from a notice" the clerk must open to learn.
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

it('a status set by a later notice is told with that notice’s title', async () => {
  const send = (name: string) => api.importFile(name, readFileSync(path.join(SCHEDULE, name)));
  await send('three-year-approval.txt');
  await send('failed-acceptance.txt');
  const titles = api.db.prepare('SELECT id, title FROM notices ORDER BY id').all() as {
    id: number;
    title: string;
  }[];
  expect(titles).toHaveLength(2);
  const [approval, acceptance] = titles as [(typeof titles)[0], (typeof titles)[0]];
  const accepted = (
    api.db.prepare("SELECT id FROM records WHERE status LIKE '已验收%'").all() as { id: number }[]
  )[0]!.id;
  const history = await api.call('records/history', { id: accepted });
  const status = history.find((h) => h.field === 'status');
  expect(status?.noticeId).toBe(acceptance.id);
  expect(status?.noticeTitle).toBe(acceptance.title);
  // Each import line names its own notice.
  const imported = history.filter((h) => h.kind === 'import');
  expect(new Set(imported.map((h) => h.noticeTitle))).toEqual(
    new Set([approval.title, acceptance.title]),
  );
});
