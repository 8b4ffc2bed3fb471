/**
 * Later notices joined to what an earlier one listed, composed here: a programme written by a
 * later sheet without the levels it admits (实验县 for 实验县（市、区）) and a re-review of
 * demonstration villages that writes them without their townships, keeps some and revokes one.
 * One record per unit either way, in either order, and the revocation is the village's status;
 * and a county feature naming one village of a list, its honour written 示范村 for 示范村镇.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const COUNTIES = [
  textFile('confirmation.txt', [
    '民政部关于确认第三批全国村务协商创新实验县（市、区）的通知',
    '江西省民政厅：',
    '经研究，确认瑞金市、于都县、兴国县为第三批全国村务协商创新实验县（市、区）。',
    '民政部',
    '2021年4月2日',
  ]),
  textFile('acceptance.txt', [
    '全国村务协商创新实验县验收结果',
    '江西省民政厅　2024年5月10日',
    '序号\t县（市、区）\t验收结论',
    '1\t瑞金市\t合格',
    '2\t于都县\t优秀',
  ]),
];

const VILLAGES = [
  textFile('naming.txt', [
    '江西省民政厅关于命名首批全省村务协商示范村的通知',
    '各设区市民政局：',
    '经研究，命名赣州市瑞金市叶坪镇洋溪村、赣州市于都县罗坳镇步前村、吉安市井冈山市茅坪镇神山村为首批全省村务协商示范村。',
    '江西省民政厅',
    '2020年6月1日',
  ]),
  textFile('review.txt', [
    '江西省民政厅关于全省村务协商示范村复核情况的通报',
    '各设区市民政局：',
    '一、赣州市瑞金市洋溪村、吉安市井冈山市神山村2个村继续保持示范村标准，复核合格，予以保留。',
    '二、赣州市于都县步前村应所在县民政局申请，报经省民政厅同意，撤销其“全省村务协商示范村”称号。',
    '江西省民政厅',
    '2023年9月8日',
  ]),
];

const FEATURE = [
  textFile('list.txt', [
    '农业农村部 中央宣传部关于公布第二批全国乡村治理示范村镇名单的通知',
    '各省、自治区、直辖市农业农村厅（委、局）：',
    '经研究，确定山东省临沂市平邑县地方镇柳塘村、山东省临沂市沂南县界湖街道青石村为第二批全国乡村治理示范村镇。',
    '农业农村部',
    '2021年8月2日',
  ]),
  textFile('feature.txt', [
    '柳塘村：积分兑出好风气',
    '发布时间：2022-05-06 09:30　来源：平邑县融媒体中心',
    '初夏时节，走进平邑县地方镇柳塘村，街巷干净整洁。作为全国乡村治理示范村，柳塘村推行积分制管理。',
  ]),
];

describe('later notices joined whatever they leave out', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code, programme, status,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code`,
      )
      .all() as { code: string; programme: string; status: string | null; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    it(`joins a sheet writing the programme without its levels (${order})`, async () => {
      const db = await ledgerOf(order === 'in order' ? COUNTIES : [...COUNTIES].reverse());
      const zones = live(db);
      expect(zones.map((z) => z.code)).toEqual(['360731', '360732', '360781']);
      expect(zones.map((z) => z.status)).toEqual(['已验收（优秀）', null, '已验收（合格）']);
      expect(zones.map((z) => z.mentions)).toEqual([2, 1, 2]);
    });

    it(`joins a re-review of villages written without their townships (${order})`, async () => {
      const db = await ledgerOf(order === 'in order' ? VILLAGES : [...VILLAGES].reverse());
      const villages = live(db);
      expect(villages.map((v) => v.code)).toEqual(['360731', '360781', '360881']);
      expect(villages.map((v) => v.mentions)).toEqual([2, 2, 2]);
      expect(villages.map((v) => v.status)).toEqual(['已撤销', null, null]);
    });

    it(`joins a county feature writing the honour with another unit word (${order})`, async () => {
      const db = await ledgerOf(order === 'in order' ? FEATURE : [...FEATURE].reverse());
      const villages = live(db);
      expect(villages.map((v) => v.code)).toEqual(['371321', '371326']);
      expect(villages.map((v) => v.mentions)).toEqual([1, 2]);
    });
  }
});
