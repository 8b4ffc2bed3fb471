/**
 * A city's news item read as an entry (other) of one pilot programme, and later a list naming
 * the city a zone of ANOTHER pilot programme: two records, the entry keeping its kind. The
 * list's zone joins (and turns into a zone) only the entry of its own programme
 * (pilot-zone-twin.test.ts), and only where no person set the entry's kind. Composed notices,
 * real division names.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgerHandles, importedLedgers } from '../support/imported-ledger';
import { applyEdits } from '../../src/main/app/records/edit-records';
import { importFiles } from '../../src/main/app/import/import-notices';
import { textFile } from '../support/text-file';

const LIST = textFile('list.txt', [
  '关于公布全国无障碍环境建设试点城市名单的通知',
  '各省、自治区、直辖市住房城乡建设厅：',
  '经研究，确定江苏省苏州市、湖北省宜昌市、四川省泸州市为全国无障碍环境建设试点城市。',
  '某某部',
  '2019年3月1日',
]);
const SAME_PILOT = textFile('same.txt', [
  '宜昌市入选全国无障碍环境建设试点',
  '发布时间：2019-01-06　来源：三峡日报',
  '日前，宜昌市入选全国无障碍环境建设试点。',
]);
const OTHER_PILOT = textFile('news.txt', [
  '宜昌市入选全国智慧健康养老应用试点',
  '发布时间：2019-01-06　来源：三峡日报',
  '日前，宜昌市入选全国智慧健康养老应用试点。',
]);

describe('an entry of another pilot at the list’s place', () => {
  const ledgerOf = importedLedgers();
  const handles = importedLedgerHandles();
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

  it('keeps the kind a person set on the entry, the list’s zone a record of its own', async () => {
    const ledger = await handles(SAME_PILOT);
    const id = (ledger.db.prepare('SELECT id FROM records').get() as { id: number }).id;
    // The person looked at it and kept it an entry (changed, then changed back).
    applyEdits(ledger, [{ id, field: 'kind', value: 'case' }], 'edit');
    applyEdits(ledger, [{ id, field: 'kind', value: 'other' }], 'edit');
    expect((await importFiles(ledger, [LIST])).failures).toEqual([]);
    expect(live(ledger.db).map((r) => [r.kind, r.code])).toEqual([
      ['zone', '320500'],
      ['zone', '420500'],
      ['zone', '510500'],
      ['other', '420500'],
    ]);
  });
});
