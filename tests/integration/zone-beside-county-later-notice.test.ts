/**
 * A development zone the division list places at the district beside it (重庆市万盛经开区 at
 * 綦江区's code) is a unit of its own across notices too: a later notice naming the zone does not
 * join the district's record, nor one naming the district the zone's, in either order
 * (dedupe/zone-apart.ts). Control: the district and the zone named again (the zone without its
 * city) join their own records.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const list = (units: string[]) =>
  `民政部关于确认第四批全国农村社区治理实验区的通知\n各省、自治区、直辖市民政厅（局）：\n经研究，确认以下单位为第四批全国农村社区治理实验区，实验时间为期三年。\n${units
    .map((u, i) => `${i + 1}. ${u}`)
    .join('\n')}\n民政部\n2019年5月10日\n`;
const acceptance = (unit: string) =>
  `民政部关于第四批全国农村社区治理实验区结项验收情况的通报\n各省、自治区、直辖市民政厅（局）：\n经评估验收，${unit}通过结项验收。\n民政部\n2022年6月1日\n`;

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
});
afterEach(() => t.cleanup());

function ledger(): { region: string; notices: number }[] {
  return t.ledger.db
    .prepare(
      `SELECT r.region_text AS region, COUNT(DISTINCT m.notice_id) AS notices
         FROM records r JOIN mentions m ON m.record_id = r.id
        WHERE r.merged_into IS NULL AND r.deleted_at IS NULL
        GROUP BY r.id ORDER BY r.id`,
    )
    .all() as { region: string; notices: number }[];
}

describe('a development zone beside the county of its code', () => {
  for (const [first, later] of [
    ['重庆市綦江区', '重庆市万盛经开区'],
    ['重庆市万盛经开区', '重庆市綦江区'],
  ] as const) {
    it(`listed as ${first}, stays apart from ${later} named later`, async () => {
      await importFiles(t.ledger, [
        { name: 'list.txt', bytes: bytes(list([first, '重庆市黔江区'])) },
        { name: 'acceptance.txt', bytes: bytes(acceptance(later)) },
      ]);
      const rows = ledger();
      expect(rows.find((r) => r.region.includes(first.slice(3)))?.notices).toBe(1);
      expect(rows.find((r) => r.region.includes(later.slice(3)))?.notices).toBe(1);
    });
  }

  it('lets the district or the zone named again join its own record', async () => {
    await importFiles(t.ledger, [
      { name: 'list.txt', bytes: bytes(list(['重庆市綦江区', '重庆市万盛经开区'])) },
      { name: 'acceptance.txt', bytes: bytes(acceptance('重庆市綦江区、万盛经开区')) },
    ]);
    const rows = ledger();
    expect(rows.map((r) => r.notices)).toEqual([2, 2]);
  });
});
