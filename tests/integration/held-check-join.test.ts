/**
 * A province's pilot areas, then its acceptance of them told as the units that passed it and
 * were given a forerunner title: the later notice joins each named area's record, in the pilot
 * programme it was checked in, with its pass (已验收) — one record per area in either order. The
 * same place accepted in ANOTHER programme's check is that programme's record: linked, not merged.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const PILOTS = textFile('pilots.txt', [
  '丹徒区被确定为“深化乡村地名服务 点亮美好家园”省级试点地区',
  '本报讯 近日，省民政厅下发通知，确定镇江市丹徒区、南京市浦口区等13个地区为“深化乡村地名服务 点亮美好家园”省级试点地区，开展省级试点工作。试点工作周期为一年。',
]);

const ACCEPTED = textFile('accepted.txt', [
  '江苏省确定15个省级“乡村著名行动”先行区',
  '本报讯 近日，江苏省民政厅对“深化乡村地名服务 点亮美好家园”试点地区开展评估验收，将通过评估验收的南京市浦口区等15个试点地区，确定为省级“乡村著名行动”先行区。',
]);

const OTHER_CHECK = textFile('other.txt', [
  '江苏省确定10个省级“幸福社区”示范区',
  '本报讯 近日，江苏省民政厅对“幸福社区建设”试点地区开展评估验收，将通过评估验收的南京市浦口区等10个试点地区，确定为省级“幸福社区”示范区。',
]);

describe('an acceptance naming a pilot area of an earlier list', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code, programme, status,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL
          ORDER BY region_code, programme`,
      )
      .all() as { code: string; programme: string; status: string | null; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    it(`joins the area's record with its pass (${order})`, async () => {
      const files = order === 'in order' ? [PILOTS, ACCEPTED] : [ACCEPTED, PILOTS];
      const zones = live(await ledgerOf(files));
      expect(zones.map((z) => z.code)).toEqual(['320111', '321112']);
      expect(zones.map((z) => z.mentions)).toEqual([2, 1]);
      expect(zones.map((z) => z.status)).toEqual(['已验收', null]);
    });
  }

  it('keeps the same place accepted in another programme apart', async () => {
    const zones = live(await ledgerOf([PILOTS, OTHER_CHECK]));
    const pukou = zones.filter((z) => z.code === '320111');
    expect(pukou).toHaveLength(2);
    expect(pukou.find((z) => z.programme.includes('地名服务'))!.status).toBeNull();
    expect(pukou.find((z) => z.programme.includes('幸福社区'))!.status).toBe('已验收');
  });
});
