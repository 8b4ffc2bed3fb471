/**
 * 记录数 in 操作记录 for a notice that joined records already held: a progress report naming
 * the zones of an earlier confirmation creates none of them, and the list says how many it
 * joined instead of a bare 0 that reads as "this notice did nothing". Undone, it counts none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { historyLine } from '../../src/main/cli/history-commands';
import { consequence } from '../../src/renderer/src/components/undo-consequence';
import { buttonLabel, recordCountText } from '../../src/shared/operations';
import { apiLedger } from '../support/api-ledger';
import { seriesApiLedger } from '../support/series-api-ledger';
import { seriesFiles } from '../support/series/series-files';

describe('操作记录: records an import joined', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('counts the records a later notice joined beside those it created', async () => {
    const { call, file, close } = await seriesApiLedger('national-zones-2019');
    cleanup = close;
    await call('import/files', { files: [file('01-confirmation')] });
    const progress = await call('import/files', { files: [file('02-progress')] });
    const joined = progress.files[0]!.changes!.joined.length;
    expect(joined).toBeGreaterThan(0);

    const [later, first] = await call('history/list', { limit: 10 });
    expect(later!.records).toBe(0);
    expect(later!.joined).toBe(joined);
    expect(recordCountText(later!)).toMatch(
      new RegExp(`^0（关联已有 ${joined} 条(，期限 \\d+ 项)?）$`),
    );
    // The command line's history says it too.
    expect(historyLine(later!)).toContain(`（关联已有 ${joined} 条记录）`);
    expect(historyLine(first!)).not.toContain('关联已有');
    expect(first!.joined).toBe(0);
    expect(recordCountText(first!)).toBe(String(first!.records));

    // Undone, the import's notice is gone: nothing is counted for it.
    await call('history/undo', {});
    const [undone] = await call('history/list', { limit: 10 });
    expect(undone!.undone).toBe(true);
    expect(undone!.joined).toBeUndefined();
  });

  it('counts a joined record as joined when the notice also fills one of its fields', async () => {
    const files = await seriesFiles('national-zones-2019');
    const api = await apiLedger();
    cleanup = api.cleanup;
    const { call, db } = api;
    const file = (stem: string) => {
      const f = files.find((x) => x.stem === stem)!;
      return { name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') };
    };
    await call('import/files', { files: [file('01-confirmation')] });
    // One zone held without its year (typed in that way, or an older notice's silence):
    // the progress notice that joins it fills the year, a change logged on that record.
    const { id } = db.prepare('SELECT id FROM records ORDER BY id LIMIT 1').get() as { id: number };
    db.prepare('UPDATE records SET year = NULL WHERE id = ?').run(id);
    const progress = await call('import/files', { files: [file('02-progress')] });
    const joined = progress.files[0]!.changes!.joined.length;
    expect(progress.files[0]!.changes!.created).toEqual([]);
    expect(
      (db.prepare('SELECT year FROM records WHERE id = ?').get(id) as { year: number }).year,
    ).not.toBeNull();

    const [later] = await call('history/list', { limit: 10 });
    expect(later!.records).toBe(0);
    expect(later!.joined).toBe(joined);
    expect(recordCountText(later!)).toMatch(
      new RegExp(`^0（关联已有 ${joined} 条(，期限 \\d+ 项)?）$`),
    );
  });
});

describe('撤销 and 重做 a later notice: what its confirmation says leaves the ledger', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('keeps the records an acceptance joined out of "将从台账中移除"', async () => {
    const { call, file, close } = await seriesApiLedger('national-zones-2019');
    cleanup = close;
    await call('import/files', { files: [file('01-confirmation')] });
    // Control: the confirmation's own undo still counts the records it brought.
    const first = (await call('history/peek', {})).undo!;
    expect(first.op.joined).toBe(0);
    expect(consequence(first, '撤销')).toBe(
      `这份通知和它带来的 ${first.op.records} 条记录将从台账中移除（之后仍可重做）。`,
    );
    const accepted = await call('import/files', { files: [file('04-acceptance')] });
    const joined = accepted.files[0]!.changes!.joined.length;
    expect(joined).toBeGreaterThan(0);

    // The acceptance changed every zone's status, yet created none: the undo takes its
    // sources and status changes, and says the zones stay.
    const undo = (await call('history/peek', {})).undo!;
    expect(undo.op.records).toBe(0);
    expect(undo.op.joined).toBe(joined);
    expect(undo.label).toContain(`（关联已有 ${joined} 条记录）`);
    expect(buttonLabel(undo.label)).toContain(`（关联已有 ${joined} 条记录）`);
    const said = consequence(undo, '撤销');
    expect(said).not.toContain(`${joined} 条记录将从台账中移除`);
    expect(said).toContain(`关联的 ${joined} 条已有记录本身保留`);

    // Undone, its redo says the same: the zones were never gone, only its sources come back.
    await call('history/undo', {});
    const redo = (await call('history/peek', {})).redo!;
    expect(redo.op.records).toBe(0);
    expect(redo.op.joined).toBe(joined);
    const again = consequence(redo, '重做');
    expect(again).not.toContain(`${joined} 条记录将重新放回`);
    expect(again).toContain('已有记录添加的来源和状态变化一并恢复');
    // Control: redoing the confirmation still counts the records it brings back.
    await call('history/undo', {});
    const back = (await call('history/peek', {})).redo!;
    expect(back.op.joined).toBeUndefined();
    expect(consequence(back, '重做')).toBe(
      `这份通知和它的 ${first.op.records} 条记录将重新放回台账（之后仍可撤销）。`,
    );
  });
});

describe('首页 最近导入: a later notice counts what it joined', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('says a progress report and an acceptance joined the zones, not 0 or N new records', async () => {
    const { call, file, close } = await seriesApiLedger('national-zones-2019');
    cleanup = close;
    const confirmation = await call('import/files', { files: [file('01-confirmation')] });
    const created = confirmation.files[0]!.changes!.created.length;
    const progress = await call('import/files', { files: [file('02-progress')] });
    const accepted = await call('import/files', { files: [file('04-acceptance')] });
    const [acceptance, report, first] = (await call('home/summary', {})).recentImports;
    expect(acceptance!.summary).toMatch(
      new RegExp(`（关联已有 ${accepted.files[0]!.changes!.joined.length} 条记录）$`),
    );
    expect(report!.summary).toMatch(
      new RegExp(`（关联已有 ${progress.files[0]!.changes!.joined.length} 条记录）$`),
    );
    // Control: the confirmation counts the records it created.
    expect(first!.summary).toMatch(new RegExp(`（${created} 条记录）$`));
  });
});
