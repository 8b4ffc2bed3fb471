import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { recordHistory } from '../../../src/main/app/history/record-history';
import type { Ledger } from '../../../src/main/db/ledger';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { listNotices } from '../../../src/main/db/queries/notices';
import { listRecords } from '../../../src/main/db/queries/records';
import { tempLedger } from '../../support/temp-ledger';

const NOTICE = `关于公布2023年度全省社区治理优秀案例的通知
1.成都市武侯区玉林街道——“玉林邻里”营造社区生活共同体
2.重庆市九龙坡区——以“院坝会”推动城乡社区协商常态化
四川省民政厅
2023年11月20日
`;
const bytes = new Uint8Array(Buffer.from(NOTICE));

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const titles = () => listRecords(ledger.db).map((r) => r.title);

function edit(recordId: number, field: string, after: string) {
  return withOperation(ledger, { kind: 'edit', summary: `修改 ${field}` }, (tx) => {
    tx.update('records', recordId, { [field]: after });
    tx.setProvenance(recordId, field, { mentionId: null, opId: tx.opId });
    return tx.opId;
  });
}

describe('the operation log', () => {
  it('undoes and redoes an import as a whole', async () => {
    await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    expect(titles()).toHaveLength(2);
    expect(undoLast(ledger.db)?.kind).toBe('import');
    expect(titles()).toEqual([]);
    expect(listNotices(ledger.db)).toEqual([]);
    expect(redoNext(ledger.db)?.kind).toBe('import');
    expect(titles()).toHaveLength(2);
    expect(listNotices(ledger.db)).toHaveLength(1);
  });

  it('imports a file afresh after its import was undone', async () => {
    await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    undoLast(ledger.db);
    const again = await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    expect(again.files[0]!.status).toBe('imported');
    expect(titles()).toHaveLength(2);
    expect(ledger.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('undoes and redoes field edits in order, and records who set the value', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    const id = o.records[0]!.id;
    edit(id, 'title', '第一次修改');
    edit(id, 'title', '第二次修改');
    expect(titles()[0]).toBe('第二次修改');
    undoLast(ledger.db);
    expect(titles()[0]).toBe('第一次修改');
    undoLast(ledger.db);
    expect(titles()[0]).toBe('“玉林邻里”营造社区生活共同体');
    redoNext(ledger.db);
    expect(titles()[0]).toBe('第一次修改');
    const prov = ledger.db
      .prepare(
        "SELECT mention_id, op_id FROM field_provenance WHERE record_id = ? AND field = 'title'",
      )
      .get(id);
    expect(prov).toMatchObject({ mention_id: null });
  });

  it('forgets the redo stack when something new is done after an undo', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    const id = o.records[0]!.id;
    edit(id, 'title', 'A');
    undoLast(ledger.db);
    edit(id, 'status', '实验中');
    expect(redoNext(ledger.db)).toBeNull();
    expect(titles()[0]).toBe('“玉林邻里”营造社区生活共同体');
  });

  it('keeps a per-record history: the import from its notice, then edits, newest first', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes }]);
    const id = o.records[0]!.id;
    edit(id, 'title', '改过的名称');
    const h = recordHistory(ledger, id);
    expect(h.map((e) => e.kind)).toEqual(['edit', 'import']);
    expect(h[0]).toMatchObject({
      field: 'title',
      before: '“玉林邻里”营造社区生活共同体',
      after: '改过的名称',
    });
    expect(h[1]!.noticeId).toBe(o.notices[0]!.id);
  });

  it('refuses to change a column the table does not have, and keeps nothing of the attempt', () => {
    expect(() =>
      withOperation(ledger, { kind: 'edit', summary: 'x' }, (tx) =>
        tx.update('records', 1, { 'id; DROP TABLE records': 2 }),
      ),
    ).toThrow(/不能/);
    expect(ledger.db.prepare('SELECT count(*) AS n FROM operations').get()).toEqual({ n: 0 });
  });

  it('has nothing to undo or redo on an empty ledger', () => {
    expect(undoLast(ledger.db)).toBeNull();
    expect(redoNext(ledger.db)).toBeNull();
  });
});
