/**
 * A unit a notice retells from an earlier batch of its programme ("去年，我省A、B、C跻身首批…")
 * is a mention of that batch's record: with the record in the ledger the item joins it, changing
 * none of its values, and undo takes the mention away again; with none, no record is made from
 * the retelling and the notice says which units it named. Read again as an acceptance, the
 * notice tells 已验收 of its own units only: the retold ones were never its to judge.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { editNotice } from '../../src/main/app/notices/edit-notice';
import type { Ledger } from '../../src/main/db/ledger';
import { undoLast } from '../../src/main/db/write/replay';
import { tempLedger } from '../support/temp-ledger';

const file = (name: string, lines: string[]) => ({
  name,
  bytes: new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')),
});

const FIRST_BATCH = file('first.txt', [
  '生态环境部关于命名第一批国家生态文明建设示范市县的公告',
  '2017年9月18日',
  '经审核，命名安徽省宣城市、安徽省六安市金寨县、安徽省宣城市绩溪县、江苏省苏州市等4个市县为第一批国家生态文明建设示范市县。',
]);

const RETELLING = file('later.txt', [
  '芜湖 岳西两县跻身全国生态文明建设示范',
  '生态环境部日前公布第二批国家生态文明建设示范市县名单，我省芜湖县、岳西县上榜。',
  '去年，我省宣城市、金寨县、绩溪县跻身首批国家生态文明建设示范市县行列。（记者 夏胜为）',
]);

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const liveRecords = () =>
  ledger.db
    .prepare(
      `SELECT id, kind, programme, batch, year, region_code, title, content, status FROM records
        WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY id`,
    )
    .all() as { id: number; batch: string; region_code: string }[];
const mentionsOf = (id: number) =>
  (
    ledger.db
      .prepare(
        `SELECT count(*) AS n FROM mentions m JOIN notices n ON n.id = m.notice_id
          WHERE m.record_id = ? AND n.withdrawn_at IS NULL`,
      )
      .get(id) as { n: number }
  ).n;

describe('units retold from an earlier batch', () => {
  it('join that batch’s records as mentions, change none of their values, and undo withdraws them', async () => {
    await importFiles(ledger, [FIRST_BATCH]);
    const before = liveRecords();
    const firstIds = before
      .filter((r) => ['341800', '341524', '341824'].includes(r.region_code))
      .map((r) => r.id);
    expect(firstIds).toHaveLength(3);

    const out = await importFiles(ledger, [RETELLING]);
    const changes = out.files[0]!.changes!;
    expect(changes.joined.map((j) => j.recordId).sort()).toEqual(firstIds);
    expect(changes.joined.every((j) => j.reason.startsWith('提及前批（首批）：'))).toBe(true);
    expect(changes.retoldUnrecorded).toBe(0);
    // Only the second batch's own two are new; the first batch's keep their values.
    const after = liveRecords();
    expect(after.map((r) => [r.region_code, r.batch]).slice(before.length)).toEqual([
      ['340221', '第二批'],
      ['340828', '第二批'],
    ]);
    expect(after.slice(0, before.length)).toEqual(before);
    for (const id of firstIds) expect(mentionsOf(id)).toBe(2);
    // Control: the first batch's unit the news does not name gains no mention.
    const suzhou = before.find((r) => r.region_code === '320500')!;
    expect(mentionsOf(suzhou.id)).toBe(1);

    expect(undoLast(ledger.db)).not.toBeNull();
    expect(liveRecords()).toEqual(before);
    for (const id of firstIds) expect(mentionsOf(id)).toBe(1);
  });

  it('make no record where the ledger holds none, and the notice names them', async () => {
    const out = await importFiles(ledger, [RETELLING]);
    const changes = out.files[0]!.changes!;
    expect(liveRecords().map((r) => r.region_code)).toEqual(['340221', '340828']);
    expect(changes.retoldUnrecorded).toBe(3);
    const note = out.notices[0]!.warnings.find((w) => w.message.startsWith('提及前批单位'));
    expect(note?.message).toContain('提及前批单位3个');
    expect(note?.message).toContain('台账中无对应记录，未新建');
    expect(note?.message).toContain('金寨县');
  });
});

const eventsOf = (noticeId: number) =>
  ledger.db
    .prepare(
      `SELECT r.region_code AS code, e.status FROM record_events e
         JOIN records r ON r.id = e.record_id WHERE e.notice_id = ? ORDER BY r.region_code`,
    )
    .all(noticeId) as { code: string; status: string }[];
const firstBatchRows = () =>
  ledger.db
    .prepare(
      `SELECT id, batch, year, title, content, status FROM records
        WHERE region_code IN ('341800', '341524', '341824') ORDER BY id`,
    )
    .all();

describe('a retelling notice read again as an acceptance', () => {
  it('tells no outcome of the units it retold, and the records keep their values', async () => {
    await importFiles(ledger, [FIRST_BATCH]);
    const out = await importFiles(ledger, [RETELLING]);
    const noticeId = out.notices[0]!.id;
    expect(out.files[0]!.changes!.joined).toHaveLength(3);
    const before = firstBatchRows();

    editNotice(ledger, { id: noticeId, role: 'acceptance' });

    // Control: the notice's own units (芜湖县, 岳西县) are accepted by the new role.
    expect(eventsOf(noticeId)).toEqual([
      { code: '340221', status: '已验收' },
      { code: '340828', status: '已验收' },
    ]);
    expect(firstBatchRows()).toEqual(before);
  });
});
