/**
 * A notice's role changed after import weighs again what it contributed: a notice read as an
 * acceptance tells 已验收 of every unit it names. A unit it only retold from an earlier batch
 * ("去年，我省A、B跻身首批…") was never its to judge: the mention stays a mention, with no event
 * and no value taken from it, while the notice's own units take the new role's outcome.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { editNotice } from '../../src/main/app/notices/edit-notice';
import type { Ledger } from '../../src/main/db/ledger';
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
