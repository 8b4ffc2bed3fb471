/**
 * A pilot programme's list names its cities as zones (…试点城市); a later page writing the
 * programme bare ("宜昌市入选全国无障碍环境建设试点") reads its unit as a list entry (other). It
 * is the list's zone all the same: a mention of that record, not a new one. The same city in
 * an honour of the same field (…示范市) is another programme: a record of its own, linked by
 * place, never merged into the pilot. The page may come first: the list's zone then joins the
 * entry the page made, which becomes the zone (undone with the list's import), so the ledger is
 * the same in either order — unless the page's entry is another pilot's, or a person set its
 * kind. Composed notices, real division names.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgerHandles, importedLedgers } from '../support/imported-ledger';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
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
const NEWS = textFile('news.txt', [
  '宜昌市入选全国无障碍环境建设试点',
  '发布时间：2019-03-06　来源：三峡日报',
  '日前，宜昌市入选全国无障碍环境建设试点。',
]);
const UNITS = textFile('units.txt', [
  '关于公布全国无障碍环境建设试点单位名单的通知',
  '各省、自治区、直辖市住房城乡建设厅：',
  '经研究，确定以下单位为全国无障碍环境建设试点单位：',
  '1.湖北省宜昌市社会福利院',
  '2.四川省泸州市儿童福利院',
  '某某部',
  '2019年9月1日',
]);
const OTHER_PILOT = textFile('other-pilot.txt', [
  '宜昌市入选全国智慧健康养老应用试点',
  '发布时间：2019-01-06　来源：三峡日报',
  '日前，宜昌市入选全国智慧健康养老应用试点。',
]);
const HONOUR = textFile('honour.txt', [
  '苏州、宜昌两市入选全国无障碍环境建设示范市',
  '发布时间：2021-05-06　来源：某某日报',
  '日前，江苏省苏州市、湖北省宜昌市入选全国无障碍环境建设示范市。',
]);

describe('a pilot’s unit read as other by a later page', () => {
  const ledgerOf = importedLedgers();
  const handles = importedLedgerHandles();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT kind, region_code AS code, programme,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL
          ORDER BY kind DESC, region_code`,
      )
      .all() as { kind: string; code: string; programme: string; mentions: number }[];

  it('joins the list’s zone as a mention', async () => {
    const rows = live(await ledgerOf([LIST, NEWS]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 2],
      ['zone', '510500', 1],
    ]);
  });

  it('leaves the same city in an honour of the field a record of its own', async () => {
    const rows = live(await ledgerOf([LIST, HONOUR]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 1],
      ['zone', '510500', 1],
      ['other', '320500', 1],
      ['other', '420500', 1],
    ]);
  });

  it('leaves a unit named in a pilot city (…福利院 under …试点单位) a record of its own', async () => {
    const rows = live(await ledgerOf([LIST, UNITS]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 1],
      ['zone', '510500', 1],
      ['other', '420500', 1],
      ['other', '510500', 1],
    ]);
  });

  it('is the same ledger when the page comes before the list', async () => {
    const rows = live(await ledgerOf([NEWS, LIST]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 2],
      ['zone', '510500', 1],
    ]);
  });

  it('gives the entry back its kind when the list’s import is undone, and the zone on redo', async () => {
    const ledger = await handles(NEWS, LIST);
    const kinds = () => live(ledger.db).map((r) => [r.kind, r.code, r.mentions]);
    expect(undoLast(ledger.db)).not.toBeNull();
    expect(kinds()).toEqual([['other', '420500', 1]]);
    expect(redoNext(ledger.db)).not.toBeNull();
    expect(kinds()).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 2],
      ['zone', '510500', 1],
    ]);
  });

  it('leaves an honour of the field that came first a record of its own', async () => {
    const rows = live(await ledgerOf([HONOUR, LIST]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 1],
      ['zone', '510500', 1],
      ['other', '320500', 1],
      ['other', '420500', 1],
    ]);
  });

  it('leaves a pilot unit named in the city that came first a record of its own', async () => {
    const rows = live(await ledgerOf([UNITS, LIST]));
    expect(rows.map((r) => [r.kind, r.code, r.mentions])).toEqual([
      ['zone', '320500', 1],
      ['zone', '420500', 1],
      ['zone', '510500', 1],
      ['other', '420500', 1],
      ['other', '510500', 1],
    ]);
  });

  it('leaves an entry of another pilot at the list’s place a record of its own', async () => {
    const rows = live(await ledgerOf([OTHER_PILOT, LIST]));
    expect(rows.map((r) => [r.kind, r.code, r.programme])).toEqual([
      ['zone', '320500', '全国无障碍环境建设试点'],
      ['zone', '420500', '全国无障碍环境建设试点'],
      ['zone', '510500', '全国无障碍环境建设试点'],
      ['other', '420500', '全国智慧健康养老应用试点'],
    ]);
  });

  it('keeps the kind a person set on the entry, the list’s zone a record of its own', async () => {
    const ledger = await handles(NEWS);
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
