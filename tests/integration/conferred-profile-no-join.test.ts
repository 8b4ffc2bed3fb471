/**
 * A notice naming no programme of its own may tell that one of its units was entered into a
 * register before ("鄣吴村已于2019年列入第五批中国传统村落名录"): that register is the unit's
 * profile, not the notice's programme, so its records never join the register's own records
 * of the same villages (same programme, batch and unit would make them one).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const LIST = '1. 湖州市安吉县鄣吴镇鄣吴村\n2. 湖州市安吉县孝丰镇横溪坞村\n';
const REGISTER = `浙江5村入选第五批中国传统村落名录\n近日，住建部等部门公布第五批中国传统村落名录，我省5村入选。\n名单如下：\n${LIST}`;
const OTHER = `浙江省公布2023年度乡村振兴项目\n今年安排项目如下。鄣吴村已于2019年列入第五批中国传统村落名录。\n${LIST}`;

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
});
afterEach(() => t.cleanup());

it('keeps a notice’s units apart from a register its text says one entered before', async () => {
  await importFiles(t.ledger, [
    { name: 'register.txt', bytes: bytes(REGISTER) },
    { name: 'other.txt', bytes: bytes(OTHER) },
  ]);
  // Each record of the register is mentioned by the register's notice only.
  const rows = t.ledger.db
    .prepare(
      `SELECT r.title, r.programme, r.batch, COUNT(DISTINCT m.notice_id) AS notices
         FROM records r JOIN mentions m ON m.record_id = r.id
        WHERE r.merged_into IS NULL AND r.deleted_at IS NULL
        GROUP BY r.id`,
    )
    .all() as { title: string; programme: string | null; batch: string | null; notices: number }[];
  const registered = rows.filter((r) => r.programme === '中国传统村落名录');
  expect(registered.map((r) => r.notices)).toEqual([1, 1]);
});
