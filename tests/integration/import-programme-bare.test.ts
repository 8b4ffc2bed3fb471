/**
 * A local page naming its province's programme bare (未来社区试点 for the province's 全省未来社区
 * 试点, composed here): a later notice naming the same batch joins the province's record, in
 * either order. One naming another batch or none, or a list that confirms (a ministry's own list
 * may write its national programme bare), is never joined: a wrong join is worse than a missed one.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const UNITS = '杭州市上城区望江街道始版桥社区、杭州市拱墅区上塘街道瓜山社区';

const provincial = textFile('provincial.txt', [
  '浙江省发展改革委关于公布首批全省未来社区试点创建项目名单的通知',
  '各市发展改革委：',
  `经研究，确定${UNITS}为首批全省未来社区试点。`,
  '浙江省发展改革委',
  '2019年8月20日',
]);

const feature = (batch: string) =>
  textFile(`feature-${batch || 'none'}.txt`, [
    `始版桥社区入选${batch}未来社区试点`,
    '来源：浙江日报　发布时间：2021-05-06',
    `杭州市上城区望江街道始版桥社区作为${batch}未来社区试点，目前安置房已开工建设。`,
  ]);

describe('a province’s programme written bare by a later local page', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT unit_code AS code, programme, batch,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY unit_code, id`,
      )
      .all() as { code: string; programme: string; batch: string | null; mentions: number }[];

  for (const order of ['in order', 'later first'] as const) {
    const inOrder = <T>(xs: T[]) => (order === 'in order' ? xs : [...xs].reverse());

    it(`joins the page naming the same batch (${order})`, async () => {
      const rows = live(await ledgerOf(inOrder([provincial, feature('首批')])));
      expect(rows.map((r) => r.mentions)).toEqual([2, 1]);
    });

    it(`never joins another batch or none (${order})`, async () => {
      for (const batch of ['第二批', '']) {
        const rows = live(await ledgerOf(inOrder([provincial, feature(batch)])));
        expect(rows.every((r) => r.mentions === 1)).toBe(true);
      }
    });

    it(`never joins a list that confirms its units under the bare name (${order})`, async () => {
      const national = textFile('national.txt', [
        '住房和城乡建设部关于公布首批未来社区试点名单的通知',
        '各省、自治区住房和城乡建设厅：',
        '经研究，确定浙江省杭州市上城区望江街道始版桥社区为首批未来社区试点。',
        '住房和城乡建设部',
        '2021年6月1日',
      ]);
      const rows = live(await ledgerOf(inOrder([provincial, national])));
      expect(rows.map((r) => r.mentions)).toEqual([1, 1, 1]);
    });
  }
});
