/** Ctrl+D: the cells a fill writes, and the status line when there are none. */
import { describe, expect, it } from 'vitest';
import { fillPlan, NOTHING_TO_FILL } from '../../../src/renderer/src/features/records/fill-plan';

describe('fill down', () => {
  it('writes the source value into the cells that do not hold it', () => {
    const plan = fillPlan('status', { value: '已验收' }, [
      { id: 2, value: '已验收' },
      { id: 3, value: null },
      { id: 4, value: '实验中' },
    ]);
    expect(plan).toEqual({
      edits: [
        { id: 3, field: 'status', value: '已验收' },
        { id: 4, field: 'status', value: '已验收' },
      ],
    });
  });

  it('says there is nothing to fill when every cell holds the value already', () => {
    const plan = fillPlan('batch', { value: '' }, [
      { id: 2, value: null },
      { id: 3, value: '' },
    ]);
    expect(plan).toEqual({ nothing: expect.stringContaining(NOTHING_TO_FILL) });
  });

  it('says there is nothing to fill from on the first row', () => {
    expect(fillPlan('year', null, [{ id: 1, value: 2019 }])).toEqual({
      nothing: expect.stringContaining('上方没有行'),
    });
  });
});
