/**
 * 操作记录 and the undo's confirmation count duties (期限) apart from records: a change that
 * only re-dates or closes duties named every record holding one in 记录数 ("25236（另关联 29）"
 * of an acceptance that made two records), and the undo of an import said what leaves but
 * not what it had changed of records and duties already held.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { consequence } from '../../src/renderer/src/components/undo-consequence';
import { importEffectText, recordCountText } from '../../src/shared/operations';
import type { DeadlineItem } from '../../src/shared/schedule';
import { seriesApiLedger } from '../support/series-api-ledger';

describe('duties apart from records', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('a bulk change of duties counts duties, no records', async () => {
    const { call, file, close } = await seriesApiLedger('national-zones-2019');
    cleanup = close;
    await call('import/files', { files: [file('01-confirmation')] });
    const items = (await call('deadlines/list', { asOf: '2020-01-01' })) as DeadlineItem[];
    const picked = items.filter((i) => i.record && i.storedStatus === 'pending').slice(0, 3);
    expect(new Set(picked.map((i) => i.recordId)).size).toBeGreaterThan(0);
    await call('milestones/bulk', { status: 'done', ids: picked.map((i) => i.id) });
    const [bulk, imported] = await call('history/list', { limit: 10 });
    expect(bulk!.kind).toBe('milestone_bulk');
    expect(bulk!.records).toBe(0);
    expect(bulk!.duties).toBe(3);
    expect(recordCountText(bulk!)).toBe('0（期限 3 项）');
    // Control: the confirmation's records are the records it brought (its duties come with
    // them, logged with the notice, and are not counted again).
    expect(imported!.records).toBeGreaterThan(0);
    expect(recordCountText(imported!)).toBe(String(imported!.records));
  });

  it("an acceptance's undo says what it changed of the records and duties held", async () => {
    const { call, file, close } = await seriesApiLedger('national-zones-2019');
    cleanup = close;
    await call('import/files', { files: [file('01-confirmation')] });
    await call('import/files', { files: [file('04-acceptance')] });
    const [accepted] = await call('history/list', { limit: 10 });
    expect(accepted!.duties).toBeGreaterThan(0);
    expect(recordCountText(accepted!)).toContain(`期限 ${accepted!.duties} 项`);
    const undo = (await call('history/peek', {})).undo!;
    expect(undo.op.effects).toEqual(accepted!.effects);
    const said = consequence(undo, '撤销').split('\n');
    expect(said[1]).toBe(`一并撤回：${importEffectText(accepted!.effects!)}。`);
    expect(said[1]).toMatch(/条记录状态改为「已验收/);
    // the duties it closed are named once; any other duty it changed is counted after
    const e = accepted!.effects!;
    const closed = e.duties.reduce((n, d) => n + d.duties, 0) + e.dutiesMoved;
    expect(closed).toBeGreaterThan(0);
    const rest = accepted!.duties! - closed;
    expect(said.slice(2)).toEqual(rest > 0 ? [`另有期限 ${rest} 项的新增或改动，随之撤回。`] : []);
    // a change of duties the effects do not name is counted on its own line
    expect(
      consequence({ ...undo, op: { ...undo.op, effects: undefined, duties: 5 } }, '撤销').split(
        '\n',
      )[1],
    ).toBe('涉及期限 5 项的新增或改动，随之撤回。');
    // the redo says what comes back, without the undo's lines
    await call('history/undo', {});
    expect(consequence((await call('history/peek', {})).redo!, '重做')).not.toContain('\n');
  });
});
