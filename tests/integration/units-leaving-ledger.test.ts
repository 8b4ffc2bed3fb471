/**
 * Units a year's report tells left their programme (…因行政区划调整，不再作为…实验区) are records
 * the ledger already holds from their confirmation: the report gives each an 已撤销 event, no new
 * record, and undoing the report takes the events away again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const CONFIRMED =
  '科技部关于确认国家可持续发展实验区的通知\n' +
  '经研究，确认天津市大港区、广东省顺德市容桂镇、重庆市万州区为国家可持续发展实验区。';
const REPORT =
  '2014年度国家可持续发展实验区工作报告\n' +
  '1986年以来，全国共创建国家级实验区160个，由于天津市大港区、广东省顺德市容桂镇、' +
  '重庆市万州区因行政区划调整，不再作为国家可持续发展实验区，因此目前实际数量为157个。';

describe('units leaving a programme, in a ledger', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('gives the confirmed records the revocation, adding none', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    await t.importFile('confirmed.txt', CONFIRMED);
    const before = t.db.prepare('SELECT id FROM records ORDER BY id').all() as { id: number }[];
    expect(before).toHaveLength(3);
    await t.importFile('report.txt', REPORT);
    const after = t.db.prepare('SELECT id FROM records ORDER BY id').all() as { id: number }[];
    expect(after).toEqual(before);
    const events = t.db
      .prepare('SELECT record_id AS id, status FROM record_events ORDER BY record_id')
      .all();
    expect(events).toEqual(before.map(({ id }) => ({ id, status: '已撤销' })));
    // The report's operation counts the three records it changed, and undoing it leaves none.
    const op = t.db.prepare('SELECT records FROM operations ORDER BY id DESC LIMIT 1').get();
    expect(op).toEqual({ records: 3 });
    expect((await t.call('history/undo', {}))?.kind).toBe('import');
    expect(t.db.prepare('SELECT count(*) AS n FROM record_events').get()).toEqual({ n: 0 });
    expect(t.db.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 3 });
  }, 120_000);
});
