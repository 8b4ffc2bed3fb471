/**
 * The grid's place columns sort as official lists are ordered — by division code, the text
 * as written breaking ties — and never by character codes (上 U+4E0A sorts before 北 U+5317).
 * The page the server returns is the order the user sees.
 */
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../src/main/db/queries/records';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const place = (
  seq: number,
  regionText: string,
  code: string | null,
  province: string | null,
): RecordDraft => ({
  kind: 'zone',
  fields: {
    seq,
    title: `议事协商${seq}`,
    region_text: regionText,
    region_code: code,
    unit_code: code,
    province,
    unit: regionText,
  },
  seq,
  span: { start: seq * 10, end: seq * 10 + 5 },
  extracted: {},
});

const PLACES = [
  place(1, '上海市甲乙区', '310101', '上海市'),
  place(2, '某某新区', null, null),
  place(3, '北京市丙丁区', '110101', '北京市'),
  place(4, '新疆维吾尔自治区戊己市', '650102', '新疆维吾尔自治区'),
  place(5, '北京丙丁区', '110101', '北京市'),
];

describe('place columns sort in division-code order', () => {
  it.each(['regionText', 'province', 'city', 'county', 'town'] as const)(
    '%s: by code, the written text breaking ties, unresolved places last',
    async (field) => {
      const db = await ledgerDb();
      writeImport(db, composedNotice('甲'), PLACES);
      const order = (dir: 'asc' | 'desc') =>
        pageRecords(db, { kind: 'zone', offset: 0, limit: 10, sort: { field, dir } }).rows.map(
          (r) => r.regionText,
        );
      expect(order('asc')).toEqual([
        '北京丙丁区',
        '北京市丙丁区',
        '上海市甲乙区',
        '新疆维吾尔自治区戊己市',
        '某某新区',
      ]);
      expect(order('desc')).toEqual([
        '新疆维吾尔自治区戊己市',
        '上海市甲乙区',
        '北京市丙丁区',
        '北京丙丁区',
        '某某新区',
      ]);
    },
  );
});
