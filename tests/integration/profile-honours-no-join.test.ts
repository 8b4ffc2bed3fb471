/**
 * A feature naming no programme of its own may say what one of its counties already is
 * ("蒙阴县…是全国生态示范县、全国果品生产十强县"): that is the county's standing, not the feature's
 * programme, so its records never join the honour's own record of the same county (same
 * programme and unit would make them one).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const HONOUR = [
  '关于命名全国生态示范县的通知',
  '经审核,决定命名山东省临沂市蒙阴县、山东省临沂市费县为全国生态示范县。',
].join('\n');
const FEATURE = [
  '临沂入围的竟然就有2个县',
  '(蒙阴、费县)',
  '蒙阴县是山东省临沂市下辖县,自西汉初置县迄今已有2000多年历史,是全国生态示范县、全国果品生产十强县、全国果品生产龙头县。',
  '费县历史悠久,上古为东夷之地,春秋称费邑,西汉始为费县。',
].join('\n');

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
});
afterEach(() => t.cleanup());

it('keeps a feature’s counties apart from an honour its profile says one holds', async () => {
  await importFiles(t.ledger, [
    { name: 'honour.txt', bytes: bytes(HONOUR) },
    { name: 'feature.txt', bytes: bytes(FEATURE) },
  ]);
  const rows = t.ledger.db
    .prepare(
      `SELECT r.programme, COUNT(DISTINCT m.notice_id) AS notices
         FROM records r JOIN mentions m ON m.record_id = r.id
        WHERE r.merged_into IS NULL AND r.deleted_at IS NULL
        GROUP BY r.id`,
    )
    .all() as { programme: string | null; notices: number }[];
  const honoured = rows.filter((r) => r.programme === '全国生态示范县');
  // Each of the honour's records is mentioned by the honour's notice only.
  expect(honoured.map((r) => r.notices)).toEqual([1, 1]);
});
