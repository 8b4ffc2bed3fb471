/**
 * A story names records; it does not place them (app/import/weigh-fields.ts): an undated
 * confirmation leaves its zones' year unsaid, and a later story writing the batch's year
 * fills none of them, while the story read first has its year cleared once the confirmation
 * names the zones without one, so both orders give one ledger. An official notice naming the
 * zones with a year fills it in; one whose own date alone gives a year fills in none.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { importEffects } from '../../src/main/db/queries/import-effects';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const UNITS = ['杭州市临安区', '宁波市奉化区', '温州市瑞安市', '嘉兴市海宁市', '湖州市安吉县'];
// Undated: no signature date, no 文号, no year in its programme.
const CONFIRMATION = [
  '关于公布第二批省级农村社区治理实验区名单的通知',
  '各市民政局：',
  '经研究，确定以下单位为第二批省级农村社区治理实验区，实验期为三年。',
  ...UNITS.map((u, i) => `${i + 1}. ${u}`),
  '浙江省民政厅',
].join('\n');
const STORY = [
  '我省农村社区治理实验区建设成效明显',
  `本报讯（记者 王明）记者从省民政厅获悉，2022年，省民政厅确定${UNITS.join('、')}为2022年第二批省级农村社区治理实验区。`,
  '来源：浙江日报 2023年5月3日',
].join('\n');

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
});
afterEach(() => t.cleanup());

const zones = () =>
  t.ledger.db
    .prepare(
      `SELECT region_text AS place, programme, year, batch FROM records
        WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_text`,
    )
    .all() as { place: string; programme: string; year: number | null; batch: string | null }[];

it('a story naming confirmed zones changes no year the confirmation left unsaid', async () => {
  await importFiles(t.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
  const before = zones();
  expect(before).toHaveLength(5);
  expect(before.every((z) => z.year === null)).toBe(true);
  await importFiles(t.ledger, [{ name: 'story.txt', bytes: bytes(STORY) }]);
  const joined = t.ledger.db
    .prepare(
      `SELECT count(*) AS n FROM mentions m JOIN notices n ON n.id = m.notice_id
               WHERE n.file = 'story.txt' AND m.joined = 1`,
    )
    .get() as { n: number };
  expect(joined.n).toBe(5); // the story still names them: five mentions
  expect(zones()).toEqual(before);
  const ops = t.ledger.db.prepare(`SELECT id FROM operations`).all() as { id: number }[];
  expect([
    ...importEffects(
      t.ledger.db,
      ops.map((o) => o.id),
    ).values(),
  ]).toEqual([]);
});

it('gives the same zones whichever of the two comes first', async () => {
  await importFiles(t.ledger, [{ name: 'story.txt', bytes: bytes(STORY) }]);
  await importFiles(t.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
  const reversed = zones();
  const other = await tempLedger();
  try {
    await importFiles(other.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
    await importFiles(other.ledger, [{ name: 'story.txt', bytes: bytes(STORY) }]);
    const t0 = t;
    t = other;
    const inOrder = zones();
    t = t0;
    expect(reversed).toEqual(inOrder);
    expect(reversed.every((z) => z.year === null && z.batch === '第二批')).toBe(true);
  } finally {
    other.cleanup();
  }
});

it('lets an official notice naming the zones with their year fill it in', async () => {
  const REPORT = [
    '浙江省民政厅关于2022年第二批省级农村社区治理实验区中期评估情况的通报',
    '各市民政局：',
    '2022年第二批省级农村社区治理实验区中期评估工作已完成，现将有关情况通报如下。',
    '2022年第二批省级农村社区治理实验区中期评估情况',
    ...UNITS.map((u, i) => `${i + 1}. ${u}`),
    '浙江省民政厅',
    '2023年6月1日',
  ].join('\n');
  await importFiles(t.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
  await importFiles(t.ledger, [{ name: 'report.txt', bytes: bytes(REPORT) }]);
  expect(zones().map((z) => z.year)).toEqual([2022, 2022, 2022, 2022, 2022]);
});

it('lets no official report fill in a year only its own date gives, in either order', async () => {
  // The report writes no year for the batch: 2023 is when it was written, not the batch's year.
  const REPORT = [
    '浙江省民政厅关于第二批省级农村社区治理实验区中期评估情况的通报',
    '各市民政局：',
    '第二批省级农村社区治理实验区中期评估工作已完成，现将有关情况通报如下。',
    '第二批省级农村社区治理实验区中期评估情况',
    ...UNITS.map((u, i) => `${i + 1}. ${u}`),
    '浙江省民政厅',
    '2023年6月1日',
  ].join('\n');
  await importFiles(t.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
  await importFiles(t.ledger, [{ name: 'report.txt', bytes: bytes(REPORT) }]);
  const inOrder = zones();
  expect(inOrder).toHaveLength(5);
  expect(inOrder.map((z) => z.year)).toEqual([null, null, null, null, null]);
  const other = await tempLedger();
  try {
    await importFiles(other.ledger, [{ name: 'report.txt', bytes: bytes(REPORT) }]);
    await importFiles(other.ledger, [{ name: 'confirmation.txt', bytes: bytes(CONFIRMATION) }]);
    const t0 = t;
    t = other;
    const reversed = zones();
    t = t0;
    expect(reversed).toEqual(inOrder);
  } finally {
    other.cleanup();
  }
});
