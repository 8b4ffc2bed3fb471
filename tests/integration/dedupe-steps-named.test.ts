/**
 * Taking a merge apart, or deciding that records are (not) duplicates, is named in the
 * history and on the undo button by the records staff know (their titles), as the merge
 * itself is, never by the ledger's internal record numbers.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());
const call: (typeof api)['call'] = (m, input) => api.call(m, input);

async function twoCases(): Promise<number[]> {
  const ids: number[] = [];
  for (const title of ['社区议事协商机制建设', '社区议事协商机制建设（重复）'])
    ids.push(
      (
        await call('records/create', {
          kind: 'case',
          fields: { title, regionText: '苏州市姑苏区' },
        })
      ).records[0]!.id,
    );
  return ids;
}

const undoStep = async () => (await call('history/peek', {})).undo;

it('an unmerge says which record it separates, by title, and how many records come apart', async () => {
  const ids = await twoCases();
  await call('records/merge', { ids }); // the lower id, the first created, is kept
  const [merge] = (await call('duplicates/review', {})).merged;
  await call('records/unmerge', { opId: merge!.opId });

  const undo = await undoStep();
  expect(undo?.op.summary).toBe('撤销合并：《社区议事协商机制建设》与另 1 条记录分开');
  expect(undo?.label).toContain('《社区议事协商机制建设》');
  for (const id of ids) expect(undo?.label).not.toMatch(new RegExp(`记录 ${id}\\b`));
});

it('a "not a duplicate" decision names both records by title', async () => {
  const ids = await twoCases();
  await call('duplicates/decide', { ids, decision: 'not_duplicate' });
  const undo = await undoStep();
  expect(undo?.op.summary).toBe(
    '判定《社区议事协商机制建设》与《社区议事协商机制建设（重复）》不是重复',
  );
  expect(undo?.label).not.toMatch(/记录 \d/);
});
