/**
 * A 文号 typed in the grid's search box finds the records its notice names, in whichever
 * brackets it is typed; a word that is no 文号 is still searched in the records' own text
 * only, and a 文号 of no notice in the ledger finds nothing.
 */
import { expect, it } from 'vitest';
import { docNoKey } from '../../../src/main/db/queries/doc-no-search';
import { pageRecords } from '../../../src/main/db/queries/records';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const zone = (seq: number, region: string): RecordDraft => ({
  kind: 'zone',
  fields: { seq, programme: '实验区', region_text: region, title: `主题${seq}` },
  seq,
  span: { start: seq * 10, end: seq * 10 + 5 },
  extracted: {},
});

it('finds the records a notice names by its 文号, in any brackets', async () => {
  const db = await ledgerDb();
  const docNo = { docNo: '民函〔2019〕41号', docNoRaw: '民函[2019]41号' };
  writeImport(db, composedNotice('甲', docNo), [zone(1, '甲县'), zone(2, '乙县')]);
  writeImport(db, composedNotice('乙', { docNo: '民函〔2019〕5号' }), [zone(3, '丙县')]);
  const regions = (search: string) =>
    pageRecords(db, { kind: 'zone', search, offset: 0, limit: 50 })
      .rows.map((r) => r.regionText)
      .sort();
  expect(regions('民函〔2019〕41号')).toEqual(['乙县', '甲县']);
  expect(regions('民函[2019]41号')).toEqual(['乙县', '甲县']);
  expect(regions('（2019）41')).toEqual(['乙县', '甲县']);
  expect(regions('〔2019〕5号')).toEqual(['丙县']);
  // Controls: a 文号 no notice has, and words that are no 文号 (the year alone, the prefix).
  expect(regions('民函〔2019〕42号')).toEqual([]);
  expect(regions('2019')).toEqual([]);
  expect(regions('民函')).toEqual([]);
  // With another term, both must match (as every term of the search box).
  expect(regions('民函〔2019〕41号 甲县')).toEqual(['甲县']);
});

it('reads the shape of a 文号 only', () => {
  expect(docNoKey('民政函【2020】 12号')).toBe('民政函〔2020〕12号');
  expect(docNoKey('石景山区')).toBeNull();
  expect(docNoKey('(2019年)')).toBeNull();
});

it("finds no other organ's 文号 that ends like the one typed, and no LIKE wildcard", async () => {
  const db = await ledgerDb();
  writeImport(db, composedNotice('甲', { docNo: '民函〔2019〕41号' }), [zone(1, '甲县')]);
  writeImport(db, composedNotice('乙', { docNo: '苏民函〔2019〕41号' }), [zone(2, '乙县')]);
  const regions = (search: string) =>
    pageRecords(db, { kind: 'zone', search, offset: 0, limit: 50 })
      .rows.map((r) => r.regionText)
      .sort();
  expect(regions('民函〔2019〕41号')).toEqual(['甲县']);
  expect(regions('苏民函[2019]41号')).toEqual(['乙县']);
  // Typed from its bracket, the prefix is left open.
  expect(regions('〔2019〕41号')).toEqual(['乙县', '甲县']);
  // % and _ typed are characters, not LIKE's wildcards.
  expect(regions('民函〔2019〕%')).toEqual([]);
  expect(regions('民函〔2019〕4_号')).toEqual([]);
});
