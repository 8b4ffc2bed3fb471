/**
 * A record panel opened on a record that has since been merged away or deleted says so by
 * the record's name and where it went, never by the ledger's internal record number.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());

async function twoCases(): Promise<number[]> {
  const ids: number[] = [];
  for (const title of ['社区议事协商机制建设', '社区议事协商机制建设（重复）'])
    ids.push(
      (
        await api.call('records/create', {
          kind: 'case',
          fields: { title, regionText: '苏州市姑苏区' },
        })
      ).records[0]!.id,
    );
  return ids;
}

const panelError = async (id: number): Promise<string> => {
  try {
    await api.call('records/panel', { id, context: 80 });
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the panel opened');
};

it('a merged-away record names the record it went into', async () => {
  const ids = await twoCases();
  await api.call('records/merge', { ids }); // the first is kept
  const message = await panelError(ids[1]!);
  // The survivor may have taken the longer title in the merge: either way it is named.
  expect(message).toMatch(
    /《社区议事协商机制建设（重复）》已并入《社区议事协商机制建设(（重复）)?》/,
  );
  expect(message).toContain('撤销');
  expect(message).not.toMatch(new RegExp(`记录 ${ids[1]}\\b`));
});

it('a deleted record is named and the way back is said', async () => {
  const [id] = await twoCases();
  await api.call('records/delete', { ids: [id!] });
  const message = await panelError(id!);
  expect(message).toContain('《社区议事协商机制建设》已删除');
  expect(message).toContain('撤销');
});
