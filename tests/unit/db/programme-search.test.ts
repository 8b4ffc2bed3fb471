/**
 * A programme's name typed in quick search finds its records: the whole name, or its end
 * (社区治理和服务创新实验区 names the national programme and a province's). A theme word that
 * ends no programme's name, and a short word inside one, still search the records' own text.
 */
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../src/main/db/queries/records';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const zone = (seq: number, place: string, programme: string, title = ''): RecordDraft => ({
  kind: 'zone',
  fields: { seq, region_text: place, programme, title },
  seq,
  span: { start: seq, end: seq + 1 },
  extracted: {},
});

async function ledger() {
  const db = await ledgerDb();
  writeImport(db, composedNotice('甲'), [
    zone(1, '湖北省宣恩县', '湖北省社区治理和服务创新实验区'),
    zone(2, '湖北省崇阳县', '湖北省社区治理和服务创新实验区'),
    zone(3, '浙江省上城区', '全国社区治理和服务创新实验区'),
    zone(4, '江苏省邗江区', '江苏省农村社区治理实验区', '社区治理和服务创新机制探索'),
  ]);
  const found = (search: string) =>
    pageRecords(db, { kind: 'zone', search, offset: 0, limit: 50 })
      .rows.map((r) => r.regionText)
      .sort();
  return found;
}

describe('quick search by a programme’s name', () => {
  it('finds the records of the programme named whole', async () => {
    const found = await ledger();
    expect(found('湖北省社区治理和服务创新实验区')).toEqual(
      ['湖北省宣恩县', '湖北省崇阳县'].sort(),
    );
  });

  it('finds every programme whose name ends with the term', async () => {
    const found = await ledger();
    expect(found('社区治理和服务创新实验区')).toEqual(
      ['湖北省宣恩县', '湖北省崇阳县', '浙江省上城区'].sort(),
    );
  });

  it('with a place word narrows to the place', async () => {
    const found = await ledger();
    expect(found('湖北省社区治理和服务创新实验区 宣恩')).toEqual(['湖北省宣恩县']);
  });

  it('leaves a theme word and a short word to the records’ own text (control)', async () => {
    const found = await ledger();
    // ends no programme's name: only the record whose title holds it
    expect(found('社区治理和服务创新')).toEqual(['江苏省邗江区']);
    // a short word inside every programme's name finds no record by its programme
    expect(found('实验区')).toEqual([]);
    expect(found('治理实验区')).toEqual([]);
  });
});
