/**
 * Later notices that name the programme short, composed here: an acceptance sheet writing
 * "全国邻里协商实验区" for the confirmed "全国邻里协商和服务创新实验区", and a province's
 * extension writing the programme with the county in front and its 创新 left out. Each unit
 * keeps one record in either order, joined by the later notice, and the extension's duty is
 * scoped to the programme and batch of the zone it joined; a unit of another list of
 * the same county (its subject differs, not a modifier) is never joined.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const NATIONAL = [
  textFile('confirmation.txt', [
    '民政部关于确认第三批全国邻里协商和服务创新实验区的通知',
    '江西省民政厅：',
    '经研究，确认瑞金市、于都县、兴国县为第三批全国邻里协商和服务创新实验区，实验期为两年。',
    '民政部',
    '2021年4月2日',
  ]),
  textFile('acceptance.txt', [
    '全国邻里协商实验区结项验收结果',
    '江西省民政厅　2023年5月10日',
    '序号\t实验区\t验收结论',
    '1\t瑞金市\t合格',
    '2\t于都县\t优秀',
  ]),
];

const PROVINCIAL = [
  textFile('confirmation.txt', [
    '江西省民政厅关于确认第二批全省社区协商创新实验区的通知',
    '各设区市民政局：',
    '经研究，确认南丰县、黎川县为第二批全省社区协商创新实验区，实验期为两年。',
    '江西省民政厅',
    '2020年3月2日',
  ]),
  textFile('extension.txt', [
    '江西省民政厅关于同意南丰县社区协商实验区延期的批复',
    '南丰县民政局：',
    '你局关于申请延长实验期的请示收悉。经研究，同意南丰县第二批全省社区协商实验区实验期延长至2022年12月31日。请于2022年12月底前提交实验工作终期报告。',
    '江西省民政厅',
    '2022年3月1日',
  ]),
];

const OTHER_LIST = [
  NATIONAL[0]!,
  textFile('other.txt', [
    '民政部关于确认全国山区邻里协商实验区的通知',
    '江西省民政厅：',
    '经研究，确认瑞金市为全国山区邻里协商实验区。',
    '民政部',
    '2022年6月2日',
  ]),
];

describe('later notices naming the programme short', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code, programme, status,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code, id`,
      )
      .all() as { code: string; programme: string; status: string | null; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    const inOrder = <T>(xs: T[]) => (order === 'in order' ? xs : [...xs].reverse());

    it(`joins an acceptance sheet writing the programme short (${order})`, async () => {
      const zones = live(await ledgerOf(inOrder(NATIONAL)));
      expect(zones.map((z) => z.code)).toEqual(['360731', '360732', '360781']);
      expect(zones.map((z) => z.mentions)).toEqual([2, 1, 2]);
      expect(zones.map((z) => z.status)).toEqual(['已验收（优秀）', null, '已验收（合格）']);
    });

    it(`joins an extension writing the county before the short name (${order})`, async () => {
      const db = await ledgerOf(inOrder(PROVINCIAL));
      const zones = live(db);
      expect(zones.map((z) => z.code)).toEqual(['361022', '361023']);
      expect(zones.map((z) => z.mentions)).toEqual([1, 2]);
      // The extension's duty is scoped to the programme and batch of the zone it joined.
      if (order === 'in order')
        expect(
          db
            .prepare(
              `SELECT kind, programme, batch FROM rules WHERE kind = 'final_report' AND text LIKE '%终期报告%' AND programme LIKE '%协商%'`,
            )
            .all(),
        ).toEqual([
          { kind: 'final_report', programme: '江西省社区协商创新实验区', batch: '第二批' },
        ]);
    });

    it(`never joins a list whose subject differs (${order})`, async () => {
      const zones = live(await ledgerOf(inOrder(OTHER_LIST)));
      expect(zones.filter((z) => z.code === '360781').map((z) => z.mentions)).toEqual([1, 1]);
    });
  }
});
