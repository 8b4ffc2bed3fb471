/**
 * A region retyped in the grid that names a county renamed or abolished before today no
 * longer stops at its city in silence: the edit is saved (undoable as ever) and says what
 * the code now stands for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

describe('a grid cell retyped with an old county name', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('warns, and stays quiet for today’s divisions', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const created = await t.call('records/create', {
      kind: 'zone',
      fields: { title: '手工添加的实验区', regionText: '浙江省杭州市萧山区' },
    });
    expect(created.notes).toEqual([]);
    const id = created.records[0]!.id;
    const retype = (value: string) =>
      t.call('records/edit', { edits: [{ id, field: 'regionText', value }] });

    const gone = await retype('江苏省苏州市吴县');
    expect(gone.notes).toHaveLength(1);
    expect(gone.notes[0]).toMatch(/只确定到苏州市（320500）.*「吴县」/);

    const renamed = await retype('湖北省襄樊市');
    expect(renamed.notes).toHaveLength(1);
    expect(renamed.notes[0]).toMatch(/襄樊市.*历史区划.*襄阳市/);

    expect((await retype('河北省石家庄市长安区')).notes).toEqual([]);
  });
});
