/**
 * The merge screen labels each value with the notice it came from. A status is told by
 * events, so its label is the notice whose event decided it — a later acceptance result —
 * not the confirmation that first listed the record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const SCHEDULE = path.join(__dirname, '..', 'fixtures', 'schedule');

describe('the merge preview names where a status came from', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  /** Three zones confirmed, then the acceptance notice that decides their statuses. */
  const confirmedThenAccepted = async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const send = (name: string) => t.importFile(name, readFileSync(path.join(SCHEDULE, name)));
    await send('three-year-approval.txt');
    await send('failed-acceptance.txt');
    const ids = (
      t.db.prepare('SELECT id FROM records ORDER BY region_code').all() as { id: number }[]
    ).map((r) => r.id);
    return { t, ids };
  };

  it('names the acceptance notice that set 已验收, and the confirmation for the other fields', async () => {
    const { t, ids } = await confirmedThenAccepted();
    expect(ids).toHaveLength(3);

    const group = await t.call('records/compare', { ids });
    const sources = (g: string) =>
      group.fields.find((f) => f.group === g)!.options.map((o) => [o.value, o.source]);
    expect(sources('status')).toEqual([
      ['已验收（优秀）', 'failed-acceptance.txt'],
      ['未通过', 'failed-acceptance.txt'],
      ['已验收（合格）', 'failed-acceptance.txt'],
    ]);
    expect(new Set(sources('title').map(([, s]) => s))).toEqual(
      new Set(['three-year-approval.txt']),
    );
  }, 120_000);

  it('names a person for a status a person typed, whatever the events say', async () => {
    const { t, ids } = await confirmedThenAccepted();
    await t.call('records/edit', { edits: [{ id: ids[1]!, field: 'status', value: '已撤销' }] });
    const group = await t.call('records/compare', { ids });
    const status = group.fields.find((f) => f.group === 'status')!;
    expect(status.options.map((o) => o.source)).toEqual([
      'failed-acceptance.txt',
      '人工修改',
      'failed-acceptance.txt',
    ]);
  }, 120_000);
});
