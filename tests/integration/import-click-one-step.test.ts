/**
 * One click importing several files is one undo step: the page commits a file a call (each
 * file its own operation, in a savepoint of its own), passing on the step the first call
 * opened. 撤销 takes all the click's notices back, 重做 puts them back, and 操作记录 lists the
 * step as one row naming its count; the ledger is compared table by table after each.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { undoLast } from '../../src/main/db/write/replay';
import type { ImportOutcome } from '../../src/shared/method-results';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);

/** Four approvals of different batches naming different districts: four notices, 12 zones. */
const BATCHES: [string, string[]][] = [
  ['第二批', ['石家庄市长安区', '保定市竞秀区', '唐山市路北区']],
  ['第三批', ['邯郸市丛台区', '邢台市襄都区', '沧州市运河区']],
  ['第四批', ['廊坊市广阳区', '衡水市桃城区', '承德市双桥区']],
  ['第五批', ['张家口市桥西区', '秦皇岛市海港区', '石家庄市桥西区']],
];
const file = ([batch, places]: [string, string[]]) => {
  let text = HEBEI_ZONES.replaceAll('第二批', batch);
  ['石家庄市长安区', '保定市竞秀区', '唐山市路北区'].forEach(
    (was, i) => (text = text.replace(was, places[i]!)),
  );
  return { name: `${batch}.txt`, dataBase64: Buffer.from(text).toString('base64') };
};

/** Not data: the search index and the case keys written lazily (as ledger-fingerprint.ts). */
const NOT_DATA = /^(records_fts|fts_pending|fts_stale|case_title_)/;
const LOG = new Set(['operations', 'operation_changes', 'undo_images']);

/** Every data table's rows, sorted: a difference names its table. */
function tables(db: Database.Database): Record<string, string[]> {
  const names = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !NOT_DATA.test(t) && !LOG.has(t))
    .sort();
  return Object.fromEntries(
    names.map((t) => [
      t,
      db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );
}

/** The files one at a time, as the import page's 确认导入 sends them. */
async function importAsOneClick(files: ReturnType<typeof file>[]) {
  let step: number | 'new' = 'new';
  for (const f of files) {
    const out: ImportOutcome = await call('import/files', { files: [f], dryRun: false, step });
    step = out.step ?? step;
  }
  return step;
}

beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterEach(() => cleanup());

describe('one click, several files: one undo step', () => {
  it('撤销 takes back all four notices, 重做 brings them back, each exactly', async () => {
    await call('import/files', {
      files: [file(['第一批', ['石家庄市新华区', '保定市莲池区', '唐山市路南区']])],
    });
    const before = tables(ctx.ledger.db);
    const step = await importAsOneClick(BATCHES.map(file));
    expect(typeof step).toBe('number');
    expect((await call('notices/list', {})).length).toBe(5);
    const after = tables(ctx.ledger.db);

    const peek = await call('history/peek', {});
    expect(peek.undo?.label).toBe('撤销：导入 4 份通知（12 条记录）');
    expect(peek.undo?.confirm).toBe(true);
    expect(peek.undo?.op.notices).toBe(4);
    const undone = await call('history/undo', { opId: peek.undo!.op.opId });
    expect(undone).toMatchObject({ summary: '导入 4 份通知', steps: 4 });
    expect(tables(ctx.ledger.db)).toEqual(before);

    const redoPeek = await call('history/peek', {});
    expect(redoPeek.redo?.label).toBe('重做：导入 4 份通知（12 条记录）');
    // the notice imported by an earlier click is the next undo, on its own
    expect(redoPeek.undo?.label).toMatch(/^撤销：导入《关于确认第一批/);
    await call('history/redo', { opId: redoPeek.redo!.op.opId });
    expect(tables(ctx.ledger.db)).toEqual(after);
  });

  it('操作记录 lists the click as one row naming its count and its notices', async () => {
    await importAsOneClick(BATCHES.map(file));
    const list = await call('history/list', { limit: 50 });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ summary: '导入 4 份通知', records: 12, notices: 4 });
    expect(list[0]!.parts!.map((p) => p.summary)).toEqual(
      BATCHES.map(([b]) => expect.stringContaining(`第${b.slice(1)}`) as unknown as string),
    );
    // a page that ends inside the step still lists it whole, and the next page starts below it
    expect(await call('history/list', { limit: 2 })).toEqual(list);
    // 撤销到此 on the row takes the whole click back
    await call('history/undoTo', { opId: list[0]!.opId });
    expect((await call('notices/list', {})).length).toBe(0);
  });

  it('files imported without a step stay one undo each (a call, the command line)', async () => {
    for (const f of BATCHES.slice(0, 2).map(file)) await call('import/files', { files: [f] });
    expect(undoLast(ctx.ledger.db)?.steps).toBe(1);
    expect(await call('notices/list', {})).toHaveLength(1);
    expect(await call('history/list', { limit: 50 })).toHaveLength(2);
  });

  it("another door writing between the click's files ends the step there: undo never skips it", async () => {
    const [a, b, c] = BATCHES.map(file);
    const out = await call('import/files', { files: [a!], step: 'new' });
    const zone = (await call('records/list', {}))[0]!;
    await call('records/edit', {
      edits: [{ id: zone.id, field: 'content', value: '另一窗口的修改' }],
    });
    // the step goes on from there as the page passes it: the one each call gives back
    const after = await call('import/files', { files: [b!], step: out.step });
    expect(after.step).not.toBe(out.step);
    await call('import/files', { files: [c!], step: after.step });
    expect((await call('history/undo', {}))?.steps).toBe(2);
    expect((await call('history/undo', {}))?.kind).toBe('edit');
    expect((await call('history/undo', {}))?.steps).toBe(1);
  });
});
