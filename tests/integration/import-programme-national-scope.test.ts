/**
 * A ministry's list names a national pilot programme bare or as 国家…; a city's own notice
 * then writes it 全国…, a province's plan 国家级…. Composed here: each unit keeps one record
 * in either order, joined by the later page; a province's own programme of the same words
 * (its place in front) is never joined.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const MINISTRY = textFile('ministry.txt', [
  '民政部关于确定邻里器具共享服务试点地区的通知',
  '各省、自治区、直辖市民政厅（局）：',
  '经研究，确定天津市、河北省保定市、河北省邯郸市为邻里器具共享服务试点地区，试点期为两年。',
  '民政部',
  '2020年5月6日',
]);

const CITY = textFile('city.txt', [
  '关于做好邻里器具共享服务点登记工作的通知',
  '各区民政局：',
  '按照《天津市人民政府关于发展邻里器具服务的意见》要求，本市被确定为全国邻里器具共享服务试点地区。',
  '请各区将服务点名单报市民政局，名单将在天津民政网站公布。',
  '天津市民政局',
  '2020年9月1日',
]);

const PLAN = textFile('plan.txt', [
  '我省出台邻里器具产业发展规划',
  '规划提出，以保定、邯郸两个国家级邻里器具共享服务试点城市为核心，打造产业基地。',
]);

const PROVINCE_OWN = textFile('province.txt', [
  '河北省民政厅关于确定全省邻里器具共享服务试点地区的通知',
  '各设区市民政局：',
  '经研究，确定保定市为河北省邻里器具共享服务试点地区，试点期为两年。',
  '河北省民政厅',
  '2021年3月2日',
]);

describe('a national programme written 全国… or 国家级… by a later page', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code, id`,
      )
      .all() as { code: string; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    const inOrder = <T>(xs: T[]) => (order === 'in order' ? xs : [...xs].reverse());

    it(`joins the city's 全国… and the plan's 国家级… to the ministry's list (${order})`, async () => {
      const units = live(await ledgerOf(inOrder([MINISTRY, CITY, PLAN])));
      expect(units).toEqual([
        { code: '120000', mentions: 2 },
        { code: '130400', mentions: 2 },
        { code: '130600', mentions: 2 },
      ]);
    });

    it(`never joins a province's own programme of the same words (${order})`, async () => {
      const units = live(await ledgerOf(inOrder([MINISTRY, PROVINCE_OWN])));
      expect(units.filter((u) => u.code === '130600')).toHaveLength(2);
    });
  }
});
