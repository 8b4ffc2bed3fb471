/**
 * The grid's quick search looks at the record's own text — region as written, unit, title,
 * content — and the resolved place names, never at its programme's name (a programme named
 * …社区… would otherwise match every one of its rows); the 项目 facet filters by programme.
 * The same whether the records' search rows are written yet or still pending.
 */
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../src/main/db/queries/records';
import { writePendingSearchRows } from '../../../src/main/db/write/deferred-search-index';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { composedNotice } from '../../support/notice-draft';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const zone = (seq: number, fields: RecordDraft['fields']): RecordDraft => ({
  kind: 'zone',
  fields: { seq, programme: '全省睦邻议事社区建设实验区', ...fields },
  seq,
  span: { start: seq * 10, end: seq * 10 + 5 },
  extracted: {},
});

const ZONES = [
  zone(1, { title: '楼道协商机制', region_text: '甲乙县', unit: '甲乙县' }),
  zone(2, { title: '睦邻议事社区夜话', region_text: '丙丁县', unit: '丙丁县' }),
  zone(4, { title: '', region_text: '農八師一二一團', unit: '' }),
  zone(3, {
    title: '议事厅',
    region_text: '戊己县',
    unit: '戊己县',
    content: '社区议事会每月一次',
  }),
];

const titles = (db: Awaited<ReturnType<typeof ledgerDb>>, search: string) =>
  pageRecords(db, { kind: 'zone', search, offset: 0, limit: 50 }).rows.map((r) => r.title);

describe("quick search: the record's own fields, not its programme", () => {
  it.each([
    ['pending', false],
    ['indexed', true],
  ] as const)('search rows %s', async (_label, written) => {
    const db = await ledgerDb();
    writeImport(db, composedNotice('甲', { programme: '全省睦邻议事社区建设实验区' }), ZONES);
    if (written) writePendingSearchRows(db);
    // three characters and more (trigram index or pending text), and two (LIKE)
    expect(titles(db, '议事社区')).toEqual(['睦邻议事社区夜话']);
    expect(titles(db, '社区')).toEqual(['睦邻议事社区夜话', '议事厅']);
    expect(titles(db, '建设实验区')).toEqual([]);
    expect(titles(db, '戊己县')).toEqual(['议事厅']);
    // either script finds what a traditional-character notice wrote, and the other way
    const regions = (q: string) =>
      pageRecords(db, { kind: 'zone', search: q, offset: 0, limit: 50 }).rows.map(
        (r) => r.regionText,
      );
    expect(regions('一二一团')).toEqual(['農八師一二一團']);
    expect(regions('农八师')).toEqual(['農八師一二一團']);
    expect(regions('議事社區')).toEqual(['丙丁县']);
  });
});
