/**
 * A region cell retyped with two places ("南通市崇川区、海门区", pasted from a list) is saved,
 * undoable as ever, but no longer coded as the first in silence: the note says which place
 * the code stands for and which was left out. One place with its street or community after
 * it, or the same place twice, is one place.
 */
import { afterEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

it('says the code stands for the first of two places written in one cell', async () => {
  const t = await apiLedger();
  cleanup = t.cleanup;
  const created = await t.call('records/create', {
    kind: 'zone',
    fields: { title: '手工添加的实验区', regionText: '江苏省南通市崇川区' },
  });
  const id = created.records[0]!.id;
  const retype = (value: string) =>
    t.call('records/edit', { edits: [{ id, field: 'regionText', value }] });

  const two = await retype('南通市崇川区、海门区');
  expect(two.records[0]!.regionCode).toBe('320613');
  expect(two.notes).toEqual([
    expect.stringMatching(/只按「南通市崇川区」（320613），「海门区」未计入/),
  ]);
  expect((await retype('石家庄市长安区 保定市竞秀区')).notes).toEqual([
    expect.stringContaining('「保定市竞秀区」未计入'),
  ]);
  // Controls: a place and what is inside it, the same place twice, one place alone.
  expect((await retype('湖南省长沙市天心区 暮云街道云塘社区')).notes).toEqual([]);
  expect((await retype('湖北省武汉市江岸区 江岸区')).notes).toEqual([]);
  expect((await retype('江苏省南通市海门区')).notes).toEqual([]);
});
