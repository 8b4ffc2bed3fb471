/**
 * A city's notice naming its units of a province's own programme, composed here: the province
 * confirms 第二批全省城乡社区邻里协商实验区 (stored with the province's name), the city reports
 * the review of its 第二批省级社区邻里协商实验区 — the province written 省级, the inclusive 城乡
 * left out. Each unit keeps one record in either order. A list of the same province whose
 * subject is narrower (农村社区), a report of another batch, and one that drops the qualifier
 * but names no batch are never joined: a wrong join is worse than a missed one.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const confirmation = (subject: string) =>
  textFile(`confirmation-${subject}.txt`, [
    `江西省民政厅关于确认第二批全省${subject}邻里协商实验区的通知`,
    '各设区市民政局：',
    `经研究，确认南丰县、黎川县、广昌县为第二批全省${subject}邻里协商实验区，实验期为两年。`,
    '江西省民政厅',
    '2020年3月2日',
  ]);

const review = (batch: string, written = '省级社区') =>
  textFile(`review-${batch || 'none'}.txt`, [
    `抚州市民政局关于我市${batch}${written}邻里协商实验区终期验收结果的通报`,
    '各县（区）民政局：',
    `现将我市${batch}${written}邻里协商实验区终期验收结果通报如下。`,
    '序号\t实验区\t验收结论',
    '1\t南丰县\t优秀',
    '2\t黎川县\t合格',
    '抚州市民政局',
    '2022年5月10日',
  ]);

describe('a city naming its units of a province’s programme by 省级, its qualifier left out', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code, programme, batch, status,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code, id`,
      )
      .all() as { code: string; programme: string; status: string | null; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    const inOrder = <T>(xs: T[]) => (order === 'in order' ? xs : [...xs].reverse());

    it(`joins the city's review to the province's confirmation (${order})`, async () => {
      const zones = live(await ledgerOf(inOrder([confirmation('城乡社区'), review('第二批')])));
      expect(zones.map((z) => z.code)).toEqual(['361022', '361023', '361030']);
      expect(zones.map((z) => z.mentions)).toEqual([2, 2, 1]);
      expect(zones.map((z) => z.status)).toEqual(['已验收（合格）', '已验收（优秀）', null]);
    });

    it(`joins a report writing only the province short, its batch unsaid (${order})`, async () => {
      const zones = live(
        await ledgerOf(inOrder([confirmation('城乡社区'), review('', '省级城乡社区')])),
      );
      expect(zones.map((z) => z.mentions)).toEqual([2, 2, 1]);
    });

    it(`never joins a narrower subject, another batch, or an unsaid one (${order})`, async () => {
      for (const files of [
        [confirmation('农村社区'), review('第二批')],
        [confirmation('城乡社区'), review('第一批')],
        [confirmation('城乡社区'), review('')],
      ]) {
        const zones = live(await ledgerOf(inOrder(files)));
        expect(zones.map((z) => z.mentions)).toEqual([1, 1, 1, 1, 1]);
      }
    });
  }
});
