/**
 * A city's news item read as an entry (other) of one pilot programme, and later a list naming
 * the city a zone of ANOTHER pilot programme: two records, the entry keeping its kind. The
 * list's zone joins (and turns into a zone) only the entry of its own programme
 * (pilot-zone-twin.test.ts). Composed notices, real division names.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const LIST = textFile('list.txt', [
  '关于公布全国无障碍环境建设试点城市名单的通知',
  '各省、自治区、直辖市住房城乡建设厅：',
  '经研究，确定江苏省苏州市、湖北省宜昌市、四川省泸州市为全国无障碍环境建设试点城市。',
  '某某部',
  '2019年3月1日',
]);
const OTHER_PILOT = textFile('news.txt', [
  '宜昌市入选全国智慧健康养老应用试点',
  '发布时间：2019-01-06　来源：三峡日报',
  '日前，宜昌市入选全国智慧健康养老应用试点。',
]);

describe('an entry of another pilot at the list’s place', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT kind, region_code AS code, programme
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL
          ORDER BY kind DESC, region_code`,
      )
      .all() as { kind: string; code: string; programme: string }[];

  it('stays a record of its own, still an entry', async () => {
    const rows = live(await ledgerOf([OTHER_PILOT, LIST]));
    expect(rows.map((r) => [r.kind, r.code, r.programme])).toEqual([
      ['zone', '320500', '全国无障碍环境建设试点'],
      ['zone', '420500', '全国无障碍环境建设试点'],
      ['zone', '510500', '全国无障碍环境建设试点'],
      ['other', '420500', '全国智慧健康养老应用试点'],
    ]);
  });
});
