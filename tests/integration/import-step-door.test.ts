/**
 * The undo step a call names comes through a door (HTTP, IPC): it is only taken on where it
 * really goes on — right after that step's own last operation, and opened on this ledger's
 * connection. A step id made up, another ledger's, one from before a restart or from ahead of
 * the log starts a step of its own: no later click's undo may take this call's notice with it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { openLedger } from '../../src/main/db/ledger';
import type { ImportOutcome } from '../../src/shared/method-results';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

let ctx: ApiContext;
let file: string;
let cleanup: () => void;
const call = apiCall(() => ctx);

const notice = (batch: string, place: string) => ({
  name: `${batch}.txt`,
  dataBase64: Buffer.from(
    HEBEI_ZONES.replaceAll('第二批', batch).replace('石家庄市长安区', place),
  ).toString('base64'),
});
const A = notice('第三批', '邯郸市丛台区');
const B = notice('第四批', '廊坊市广阳区');
const C = notice('第五批', '张家口市桥西区');

const lastOpId = () =>
  (ctx.ledger.db.prepare('SELECT max(id) AS id FROM operations').get() as { id: number }).id;

beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  file = t.file;
  ctx = { ledger: t.ledger, door: 'browser' };
});
afterEach(() => cleanup());

describe('a step id from the door', () => {
  it('ahead of the log: the click that later opens that id does not take this notice', async () => {
    await call('import/files', { files: [A] });
    // an id no operation carries yet: the very one the next click's first operation gets
    const out = await call('import/files', { files: [B], step: lastOpId() + 2 });
    expect(out.step).toBe(lastOpId());
    await call('import/files', { files: [C], step: 'new' });
    expect((await call('history/undo', {}))?.steps).toBe(1);
    expect((await call('notices/list', {})).map((n) => n.title)).toEqual([
      expect.stringContaining('第三批'),
      expect.stringContaining('第四批'),
    ]);
  });

  it("made up, or from before a restart: the newest click's step is not taken on", async () => {
    const first = await call('import/files', { files: [A], step: 'new' });
    // the ledger opened again (the app restarted, or another ledger's page kept the id)
    const again = await openLedger(file);
    const before = ctx.ledger;
    ctx = { ledger: again, door: 'browser' };
    try {
      const out = await call('import/files', { files: [B], step: first.step });
      expect(out.step).not.toBe(first.step);
      expect((await call('history/undo', {}))?.steps).toBe(1);
      expect(await call('notices/list', {})).toHaveLength(1);
    } finally {
      again.close();
      ctx = { ledger: before, door: 'browser' };
    }
  });

  it("after an undo in between, the click's next file starts a step of its own", async () => {
    const first = await call('import/files', { files: [A], step: 'new' });
    await call('history/undo', {});
    const out = await call('import/files', { files: [B], step: first.step });
    expect(out.step).not.toBe(first.step);
    expect(await call('history/list', { limit: 10 })).toHaveLength(2);
  });

  it("a file failing mid-click leaves the click's other files one step", async () => {
    const bad = { name: '坏.docx', dataBase64: Buffer.from('不是文档').toString('base64') };
    let step: number | 'new' = 'new';
    for (const f of [A, bad, C]) {
      const out: ImportOutcome = await call('import/files', { files: [f], step });
      step = out.step ?? step;
    }
    expect(await call('notices/list', {})).toHaveLength(2);
    expect(await call('history/undo', {})).toMatchObject({ steps: 2, summary: '导入 2 份通知' });
    expect(await call('notices/list', {})).toHaveLength(0);
  });

  it("a click's files still make one step", async () => {
    let step: number | 'new' = 'new';
    for (const f of [A, B, C]) step = (await call('import/files', { files: [f], step })).step!;
    const undone = await call('history/undo', {});
    expect(undone).toMatchObject({ steps: 3, summary: '导入 3 份通知' });
    expect(await call('notices/list', {})).toHaveLength(0);
  });
});
